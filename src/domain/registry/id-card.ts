// The 18-digit resident identity card number (GB 11643-1999): region, birth date and ISO 7064 MOD 11-2 check.
// Owns the check only; who may see the number is src/domain/access/scope.ts (SEC-2).

const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkChars = '10X98765432';

/** The check character a 17-digit body must end with. */
export function idCardCheckChar(body17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body17[i]) * weights[i]!;
  return checkChars[sum % 11]!;
}

/** The birth date written in the number, as YYYY-MM-DD, or null when it is not a real date. */
export function idCardBirthDate(id: string): string | null {
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
}

export function isValidIdCard(raw: string): boolean {
  const id = raw.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  if (idCardBirthDate(id) === null) return false;
  return idCardCheckChar(id.slice(0, 17)) === id[17];
}
