// Which tile source the map draws (MAP-3, MAP-4): the operator's config and the device's choice turned into one
// effective source, with whether (and why not) it may be saved offline. Must stay pure: no fetch, no storage.

import type { SourceChoice } from '../../../local/tiles/source-choice';
import { type MapConfig, publicTileSources, type TileDatum, type TileSourceKind } from '../../../protocol/map-tiles';

/** Why an area of this source cannot be saved; null when it can. */
export type OfflineBlock = 'public_policy' | 'terms' | 'operator' | 'no_tiles' | 'insecure' | null;

export interface EffectiveSource {
  /** Identity of the tiles on this device: saved areas belong to it. */
  id: string;
  kind: TileSourceKind;
  layers: string[];
  subdomains: string;
  key: string;
  datum: TileDatum;
  maxZoom: number;
  attribution: string;
  offlineBlock: OfflineBlock;
}

export function offlineBlockOf(kind: TileSourceKind, operatorAllows: boolean): OfflineBlock {
  switch (kind) {
    case 'osm':
      // tile.openstreetmap.org's usage policy forbids bulk downloading ("prefetching").
      return 'public_policy';
    case 'tianditu':
    case 'amap':
      // Their terms allow display through their API, not storing tiles on devices.
      return 'terms';
    case 'none':
      return 'no_tiles';
    case 'custom':
      return operatorAllows ? null : 'operator';
    default: {
      const never: never = kind;
      return never;
    }
  }
}

/** The choices this device may offer: 天地图 only when the operator has a key. */
export function availableChoices(config: MapConfig | null): SourceChoice[] {
  const choices: SourceChoice[] = ['default', 'osm'];
  if (config?.tiandituKey) choices.push('tianditu');
  choices.push('amap', 'none');
  return choices;
}

export function resolveTileSource(config: MapConfig | null, choice: SourceChoice): EffectiveSource {
  const pick = choice === 'tianditu' && !config?.tiandituKey ? 'default' : choice;
  const base = pick === 'default' ? (config?.source ?? publicTileSources.osm) : publicTileSources[pick];
  const key = base.kind === 'tianditu' ? (config?.tiandituKey ?? '') : '';
  return {
    id: base.kind === 'custom' ? `custom:${base.layers.join(' ')}` : base.kind,
    kind: base.kind,
    layers: [...base.layers],
    subdomains: base.subdomains,
    key,
    datum: base.datum,
    maxZoom: base.maxZoom,
    attribution: base.attribution,
    offlineBlock: offlineBlockOf(base.kind, base.offline),
  };
}
