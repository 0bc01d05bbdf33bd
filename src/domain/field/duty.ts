// The on-duty switch (FLD-3): what a duty change records. Pure: the device applies it optimistically, the server
// applies it again and its answer wins. Must not know where the state is stored.

export interface Position {
  lat: number;
  lng: number;
  accuracy: number;
}

export interface DutyState {
  onDuty: boolean;
  position: Position | null;
  at: string | null;
}

// A fix worse than 2 km cannot place a responder for an alarm; keeping it would rank them wrongly (ALM-3).
export const MAX_USEFUL_ACCURACY_M = 2000;

/** Going off duty forgets the position; going on duty keeps a usable fix, or none. */
export function applyDutyChange(change: { onDuty: boolean; position?: Position | undefined }, at: string): DutyState {
  if (!change.onDuty) return { onDuty: false, position: null, at };
  const position = change.position && change.position.accuracy <= MAX_USEFUL_ACCURACY_M ? change.position : null;
  return { onDuty: true, position, at };
}
