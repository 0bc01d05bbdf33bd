// One shared EventSource per events URL for the alarm screens' `alarm` / `offer` / `taken` SSE events (ALM-2, ALM-3):
// the console and the offer card subscribe and unsubscribe; the last one out closes it. Must not touch React or db.
import {
  type AlarmEvent,
  alarmEvent,
  type OfferEvent,
  offerEvent,
  type TakenEvent,
  takenEvent,
} from '../../../protocol/alarms';

export type AlarmLiveEvent =
  | { type: 'alarm'; data: AlarmEvent }
  | { type: 'offer'; data: OfferEvent }
  | { type: 'taken'; data: TakenEvent };

type Listener = (event: AlarmLiveEvent) => void;

interface Shared {
  source: EventSource;
  listeners: Set<Listener>;
}

const sharedByUrl = new Map<string, Shared>();

function parse(type: AlarmLiveEvent['type'], raw: string): AlarmLiveEvent | null {
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
    const created: Shared = { source: new EventSource(url), listeners: new Set() };
    for (const type of ['alarm', 'offer', 'taken'] as const) {
      created.source.addEventListener(type, (e) => {
        const event = parse(type, (e as MessageEvent<string>).data);
        if (event) for (const l of created.listeners) l(event);
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
