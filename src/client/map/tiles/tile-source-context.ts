// The React context of the map's tile source (MAP-3): the effective source, the device's choice and its setter.
// Must not hold state: TileSourceProvider owns it; BaseLayers and its panels read it.
import { createContext, useContext } from 'react';
import type { SourceChoice } from '../../../local/tiles/source-choice';
import { type EffectiveSource, resolveTileSource } from './tile-sources';

export interface TileSourceState {
  source: EffectiveSource;
  /** True until the first map config is known on a device that never had one: no tiles are asked for yet. */
  pending: boolean;
  choice: SourceChoice;
  choices: SourceChoice[];
  setChoice(choice: SourceChoice): void;
}

// Without a provider (a test, a scratch page) the map uses OSM and the outline fallback, never nothing.
const fallback: TileSourceState = {
  source: resolveTileSource(null, 'default'),
  pending: false,
  choice: 'default',
  choices: ['default'],
  setChoice: () => {},
};

export const TileSourceContext = createContext<TileSourceState>(fallback);

export function useTileSource(): TileSourceState {
  return useContext(TileSourceContext);
}
