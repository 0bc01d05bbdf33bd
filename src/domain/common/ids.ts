// Identifier shapes shared by device and server. Must not generate ids (that needs a random source: the caller's).
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return uuidPattern.test(value);
}

/** Mainland mobile (11 digits from 1) or a landline with area code; spaces and dashes are ignored. */
export function normalizePhone(value: string): string {
  return value.replace(/[\s-]/g, '');
}

export function isPhone(value: string): boolean {
  return /^(1\d{10}|0\d{2,3}\d{7,8}|\d{3,8})$/.test(normalizePhone(value));
}
