// One shared EventSource per events URL for the alarm screens' `alarm` / `offer` / `taken` SSE events (ALM-2, ALM-3):
// the console and the offer card subscribe and unsubscribe; the last one out closes it. Must not touch React or db.
import type { AlarmEvent, OfferEvent, TakenEvent } from '../../../protocol/alarms';

type Schemas = typeof import('../../../protocol/alarms');
let schemasLoading: Promise<Schemas> | null = null;
/** The event schemas load with the first subscription, not with the app: the phone's first screen does not wait. */
const loadSchemas = () => {
  schemasLoading ??= import('../../../protocol/alarms');
  return schemasLoading;
};

export type AlarmLiveEvent =
  | { type: 'alarm'; data: AlarmEvent }
  | { type: 'offer'; data: OfferEvent }
  | { type: 'taken'; data: TakenEvent };

type Listener = (event: AlarmLiveEvent) => void;

interface Shared {
  source: EventSource;
  listeners: Set<Listener>;
  /** Events are checked one after another, so listeners get them in the order they came. */
  queue: Promise<void>;
}

const sharedByUrl = new Map<string, Shared>();

function parse(schemas: Schemas, type: AlarmLiveEvent['type'], raw: string): AlarmLiveEvent | null {
  const { alarmEvent, offerEvent, takenEvent } = schemas;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return null;
  }
  // A malformed event is dropped: the next pull brings the truth anyway.
  if (type === 'alarm') {
    const r = alarmEvent.safeParse(json);
    return r.success ? { type, data: r.data } : null;
  }
  if (type === 'offer') {
    const r = offerEvent.safeParse(json);
    return r.success ? { type, data: r.data } : null;
  }
  const r = takenEvent.safeParse(json);
  return r.success ? { type, data: r.data } : null;
}

export function subscribeAlarmEvents(url: string, listener: Listener): () => void {
  if (typeof EventSource === 'undefined') return () => {};
  let shared = sharedByUrl.get(url);
  if (!shared) {
    const created: Shared = { source: new EventSource(url), listeners: new Set(), queue: Promise.resolve() };
    void loadSchemas();
    for (const type of ['alarm', 'offer', 'taken'] as const) {
      created.source.addEventListener(type, (e) => {
        const raw = (e as MessageEvent<string>).data;
        created.queue = created.queue
          .then(loadSchemas)
          .then((schemas) => {
            const event = parse(schemas, type, raw);
            if (event) for (const l of created.listeners) l(event);
          })
          .catch(() => {
            // The schemas could not load (an app update mid-session): the next pull brings the truth anyway.
          });
      });
    }
    sharedByUrl.set(url, created);
    shared = created;
  }
  shared.listeners.add(listener);
  const mine = shared;
  return () => {
    mine.listeners.delete(listener);
    if (mine.listeners.size === 0) {
      mine.source.close();
      sharedByUrl.delete(url);
    }
  };
}
