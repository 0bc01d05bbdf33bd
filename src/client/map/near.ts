// "What is near" on the map (MAP-2): the radius choices, the kinds a user may ask for, the query over the local
// index, and how a distance is worded. Pure; the index comes from the domain's nearest (kdbush), built per data change.
import { createNearestIndex, type NearestIndex, nearest, type WithDistance } from '../../domain/geo/nearest';
import { type MapItem, type MapKind, mapKinds } from './map-items';

export const nearRadiiM = [200, 500, 1000, 2000, 5000] as const;
export type NearRadius = (typeof nearRadiiM)[number];
export const defaultNearRadius: NearRadius = 1000;

/** Responders first: what a dispatcher asks "what is near" for. Residents and orders can be added in the panel. */
export const defaultNearKinds: Readonly<Record<MapKind, boolean>> = {
  company: true,
  volunteer: true,
  resident: false,
  order: false,
  alarm: true,
};

// A long list helps nobody and costs rendering time at 100k points; the count still says how many there are.
export const nearListLimit = 200;

export type NearIndex = NearestIndex<MapItem>;

export function createNearIndex(items: Record<MapKind, readonly MapItem[]>): NearIndex {
  return createNearestIndex(mapKinds.flatMap((k) => items[k] ?? []));
}

export interface NearAnswer {
  items: WithDistance<MapItem>[];
  total: number;
}

/** Every item of the chosen kinds within the radius of a WGS-84 point, nearest first, the list capped. */
export function findNear(
  index: NearIndex,
  at: { lat: number; lng: number },
  radiusM: number,
  kinds: Readonly<Record<MapKind, boolean>>,
  exclude?: { kind: MapKind; id: string },
): NearAnswer {
  const all = nearest(index, {
    lat: at.lat,
    lng: at.lng,
    radiusM,
    filter: (it) => kinds[it.kind] && !(exclude && it.kind === exclude.kind && it.id === exclude.id),
  });
  return { items: all.slice(0, nearListLimit), total: all.length };
}

/** A distance as the words need it: metres below 1 km (to 10 m from 100 m up), else km with one decimal. */
export function distanceParts(metres: number): { unit: 'm' | 'km'; n: string } {
  if (metres < 100) return { unit: 'm', n: String(Math.max(0, Math.round(metres))) };
  if (metres < 995) return { unit: 'm', n: String(Math.round(metres / 10) * 10) };
  const km = metres / 1000;
  return { unit: 'km', n: km >= 10 ? String(Math.round(km)) : km.toFixed(1) };
}
