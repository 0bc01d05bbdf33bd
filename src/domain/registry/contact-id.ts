// The id of a resident's contact at a position in the calling order (ALM-5). The server and the device derive the
// same id, so a contact added offline is the row the next pull brings, not a stand-in left beside it.

/** A contact keeps its id while it stays at its position; a new position gets `<residentId>:c<position>`. */
export function contactIdFor(residentId: string, position: number): string {
  return `${residentId}:c${position}`;
}
