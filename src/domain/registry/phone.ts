// Phone numbers as the hotline sees them (REG-1..4): mainland mobiles and landlines with an area code.
// Owns the normal form and the check only; must not decide who may call or be called.

/** Digits only, with a leading +86 / 0086 country code and separators removed. */
export function normalizePhone(raw: string): string {
  const digits = raw.replace(/[\s\-()（）]/g, '');
  return digits.replace(/^(\+86|0086)/, '');
}

const mobile = /^1[3-9]\d{9}$/;
// Area code 0 + 2–3 digits, then a 7–8 digit number; an extension after '-'/'转' is dropped by normalizePhone's caller.
const landline = /^0\d{2,3}\d{7,8}$/;
// Service numbers such as 12345, 110, 95598.
const service = /^(1\d{2}|1\d{4}|9\d{4})$/;

export function isValidPhone(raw: string): boolean {
  const p = normalizePhone(raw);
  return mobile.test(p) || landline.test(p) || service.test(p);
}

export function isMobile(raw: string): boolean {
  return mobile.test(normalizePhone(raw));
}
