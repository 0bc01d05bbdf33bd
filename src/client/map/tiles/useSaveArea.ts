// The state of one "save this area" run (MAP-3): idle → saving (progress, cancellable) → done | cancelled | error,
// and the list of saved areas kept current. Must not draw; SaveAreaPanel shows it.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SavedArea } from '../../../local/tiles/saved-areas';
import type { SaveProgress } from '../../../local/tiles/tile-cache';
import { listSavedAreas, removeArea, saveArea } from './offline-areas';
import type { Bbox } from './tile-math';
import type { EffectiveSource } from './tile-sources';

export type SaveRun =
  | { type: 'idle' }
  | { type: 'saving'; progress: SaveProgress }
  | { type: 'done'; area: SavedArea }
  | { type: 'cancelled' }
  | { type: 'error' };

export function useSaveArea() {
  const [run, setRun] = useState<SaveRun>({ type: 'idle' });
  const [areas, setAreas] = useState<SavedArea[]>([]);
  const controller = useRef<AbortController | null>(null);

  const refresh = useCallback(() => void listSavedAreas().then(setAreas), []);
  useEffect(() => {
    refresh();
    return () => controller.current?.abort();
  }, [refresh]);

  const start = useCallback(
    async (source: EffectiveSource, bbox: Bbox, minZoom: number, maxZoom: number) => {
      const abort = new AbortController();
      controller.current = abort;
      setRun({ type: 'saving', progress: { done: 0, total: 0, bytes: 0, failed: 0 } });
      try {
        const area = await saveArea({
          source,
          bbox,
          minZoom,
          maxZoom,
          signal: abort.signal,
          onProgress: (progress) => setRun({ type: 'saving', progress }),
        });
        setRun({ type: 'done', area });
      } catch {
        setRun(abort.signal.aborted ? { type: 'cancelled' } : { type: 'error' });
      } finally {
        controller.current = null;
        refresh();
      }
    },
    [refresh],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  const remove = useCallback(async (id: string) => {
    await removeArea(id);
    setAreas(await listSavedAreas());
  }, []);

  return { run, areas, start, cancel, remove };
}
