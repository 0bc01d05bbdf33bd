// The tile source this device chose (MAP-3): 'default' (the operator's), a public preset, or 'none'. Kept in
// localStorage with the last map config seen, so the map opens offline the same way. Must not fetch.
import { type MapConfig, mapConfig } from '../../protocol/map-tiles';

export const sourceChoices = ['default', 'osm', 'tianditu', 'amap', 'none'] as const;
export type SourceChoice = (typeof sourceChoices)[number];

const choiceKey = 'anxin.tiles.source';
const configKey = 'anxin.tiles.config';

export function loadSourceChoice(): SourceChoice {
  try {
    const raw = localStorage.getItem(choiceKey);
    return (sourceChoices as readonly string[]).includes(raw ?? '') ? (raw as SourceChoice) : 'default';
  } catch {
    return 'default';
  }
}

export function saveSourceChoice(choice: SourceChoice): void {
  try {
    localStorage.setItem(choiceKey, choice);
  } catch {
    // Storage blocked: the choice lasts until the page closes.
  }
}

export function loadMapConfig(): MapConfig | null {
  try {
    const parsed = mapConfig.safeParse(JSON.parse(localStorage.getItem(configKey) ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function saveMapConfig(config: MapConfig): void {
  try {
    localStorage.setItem(configKey, JSON.stringify(config));
  } catch {
    // Storage full: the next start fetches it again.
  }
}
