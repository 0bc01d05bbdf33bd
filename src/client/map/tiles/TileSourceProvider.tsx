// Provides the map's tile source and display datum (MAP-3, MAP-4) to everything inside the map screen: the
// operator's config (fetched when online, remembered for offline starts) and the device's choice. No drawing here.
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import {
  loadMapConfig,
  loadSourceChoice,
  type SourceChoice,
  saveMapConfig,
  saveSourceChoice,
} from '../../../local/tiles/source-choice';
import { type MapConfig, mapConfig } from '../../../protocol/map-tiles';
import { requestApi } from '../../app/api';
import { useI18n } from '../../app/i18n/useI18n';
import { loadSession } from '../../app/session';
import { useOnline } from '../../app/useOnline';
import { DisplayDatumContext, gcj02Display, wgs84Display } from './datum-context';
import { TileSourceContext, type TileSourceState } from './tile-source-context';
import { availableChoices, resolveTileSource } from './tile-sources';

export function TileSourceProvider({ children }: { children: ReactNode }) {
  const { config, pending } = useMapConfig();
  const [choice, setChoiceState] = useState<SourceChoice>(loadSourceChoice);
  const state = useMemo<TileSourceState>(
    () => ({
      source: resolveTileSource(config, choice),
      pending,
      choice,
      choices: availableChoices(config),
      setChoice: (next) => {
        saveSourceChoice(next);
        setChoiceState(next);
      },
    }),
    [config, pending, choice],
  );
  const datum = state.source.datum === 'gcj02' ? gcj02Display : wgs84Display;
  return (
    <TileSourceContext value={state}>
      <DisplayDatumContext value={datum}>{children}</DisplayDatumContext>
    </TileSourceContext>
  );
}

/**
 * The remembered config at once, then the server's when online; a failure keeps the remembered one. Pending only
 * while a first-ever fetch is under way, so a self-hosted site's map never starts by asking OSM.
 */
function useMapConfig(): { config: MapConfig | null; pending: boolean } {
  const { lang } = useI18n();
  const online = useOnline();
  const [config, setConfig] = useState<MapConfig | null>(loadMapConfig);
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    const token = loadSession()?.token;
    if (!online || !token) {
      setSettled(true);
      return;
    }
    const controller = new AbortController();
    requestApi('/api/map/config', { token, lang, signal: controller.signal }).then(
      (body) => {
        const parsed = mapConfig.safeParse(body);
        if (parsed.success) {
          saveMapConfig(parsed.data);
          setConfig(parsed.data);
        }
        setSettled(true);
      },
      () => {
        // Offline or refused: the remembered config (or OSM) stays; the map still draws its outline.
        if (!controller.signal.aborted) setSettled(true);
      },
    );
    return () => controller.abort();
  }, [online, lang]);
  return { config, pending: config === null && !settled };
}
