// Runs one order action from the phone (FLD-1): the mutation is applied on the device at once and queued; travel
// opens the phone's map app first (a new tab, never awaited), travel and arrival add a position when one comes within
// ~3 s. Answers in plain words. Must not decide rules: the device's optimistic apply refuses what the domain refuses.
import { useCallback, useState } from 'react';
import { type Lang, problemMessage } from '../../../domain/common/problems';
import type { OrderAction } from '../../../domain/orders/order-lifecycle';
import type { LocalRow } from '../../../local/local-db';
import { LocalRefusalError } from '../../../local/optimistic-orders';
import type { I18n } from '../../app/i18n/i18n-context';
import type { MessageKey } from '../../app/i18n/translate';
import { useI18n } from '../../app/i18n/useI18n';
import { useSync } from '../../app/sync/useSync';
import { quickPosition } from '../alarms/quick-position';
import { mapAppLink } from './map-link';

export interface ActionOutcome {
  orderId: string;
  tone: 'info' | 'warning' | 'error';
  /** The words in the language on screen now; `pending` says whether changes still wait for the network. */
  text: (t: I18n['t'], lang: Lang, pending: boolean) => string;
}

type DoneKey = Extract<MessageKey, `work.done.${string}`>;
const withPosition: readonly OrderAction[] = ['startTravel', 'arrive', 'complete', 'cannotComplete'];

/** Opens the map app toward the order in a new tab; must run inside the tap so the browser allows it. */
export function openMapApp(order: LocalRow, lang: string): void {
  const link = mapAppLink(
    {
      lat: typeof order.lat === 'number' ? order.lat : null,
      lng: typeof order.lng === 'number' ? order.lng : null,
      label: String(order.address || order.no),
    },
    navigator.userAgent,
    lang,
  );
  try {
    window.open(link, '_blank', 'noopener');
  } catch {
    // A blocked pop-up must not stop the travel being recorded.
  }
}

export function useOrderAction() {
  const { lang } = useI18n();
  const { mutate } = useSync();
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<ActionOutcome | null>(null);

  const run = useCallback(
    async (order: LocalRow, action: OrderAction, args: Record<string, unknown> = {}, who = ''): Promise<boolean> => {
      const orderId = String(order._id);
      const no = String(order.no);
      if (action === 'startTravel') openMapApp(order, lang);
      setBusy(`${orderId}:${action}`);
      try {
        const position = withPosition.includes(action) ? await quickPosition() : undefined;
        await mutate(`order.${action}`, { orderId, ...args, ...(position ? { position } : {}) }, { orderNo: no });
        const offline = !navigator.onLine;
        const text = (tr: I18n['t'], _lang: Lang, pending: boolean) => {
          const parts = [
            action === 'assign' ? tr('work.assigned', { no, name: who }) : tr(`work.done.${action}` as DoneKey, { no }),
          ];
          if (action === 'arrive' && !position) parts.push(tr('work.noPosition'));
          // "Kept on this phone" holds only while it is true: once synced, the sync line says so.
          if (offline && pending) parts.push(tr('work.offlineSaved'));
          return parts.join(' ');
        };
        setOutcome({ orderId, tone: action === 'arrive' && !position ? 'warning' : 'info', text });
        return true;
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        const text = (tr: I18n['t'], lg: Lang) =>
          error instanceof LocalRefusalError ? problemMessage(error.problem, lg) : tr('work.failed', { reason });
        setOutcome({ orderId, tone: 'error', text });
        return false;
      } finally {
        setBusy(null);
      }
    },
    [mutate, lang],
  );

  return { run, busy, outcome, clearOutcome: () => setOutcome(null) };
}
