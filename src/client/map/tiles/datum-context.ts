// The display datum of the current base map (MAP-4): points are stored WGS-84; a GCJ-02 tile source shifts them
// for display only. Every marker goes through toDisplay, every map click through fromDisplay.
import { createContext, useContext } from 'react';
import { gcj02ToWgs84, wgs84ToGcj02 } from '../../../domain/geo/datum';

export interface DisplayDatum {
  datum: 'wgs84' | 'gcj02';
  toDisplay(lat: number, lng: number): [number, number];
  fromDisplay(lat: number, lng: number): [number, number];
}

export const wgs84Display: DisplayDatum = {
  datum: 'wgs84',
  toDisplay: (lat, lng) => [lat, lng],
  fromDisplay: (lat, lng) => [lat, lng],
};

export const gcj02Display: DisplayDatum = {
  datum: 'gcj02',
  toDisplay: (lat, lng) => {
    const p = wgs84ToGcj02({ lat, lng });
    return [p.lat, p.lng];
  },
  fromDisplay: (lat, lng) => {
    const p = gcj02ToWgs84({ lat, lng });
    return [p.lat, p.lng];
  },
};

export const DisplayDatumContext = createContext<DisplayDatum>(wgs84Display);

export function useDisplayDatum(): DisplayDatum {
  return useContext(DisplayDatumContext);
}
