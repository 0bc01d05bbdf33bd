// Encryption keys of DC-09 alarm devices (ALM-9): AES keys of 16, 24 or 32 bytes, written as ASCII text or hex.
// Pure conversion and checks; must not decide which device may connect (the gateway does).

export type KeyFormat = 'ascii' | 'hex';
export const keyLengths = [16, 24, 32] as const;

export type KeyResult = { ok: true; hex: string } | { ok: false; reason: string };

/** The key as lower-case hex, or why it is not a usable AES key. */
export function deviceKeyToHex(key: string, format: KeyFormat): KeyResult {
  let hex: string;
  if (format === 'hex') {
    const clean = key.replace(/\s/g, '').toLowerCase();
    if (!/^[0-9a-f]*$/.test(clean) || clean.length % 2 !== 0) return { ok: false, reason: 'not hexadecimal' };
    hex = clean;
  } else {
    let out = '';
    for (const ch of key) {
      const code = ch.charCodeAt(0);
      if (ch.length !== 1 || code < 0x20 || code > 0x7e) return { ok: false, reason: 'not printable ASCII' };
      out += code.toString(16).padStart(2, '0');
    }
    hex = out;
  }
  const bytes = hex.length / 2;
  if (!(keyLengths as readonly number[]).includes(bytes)) {
    return { ok: false, reason: `${bytes} bytes; an AES key has 16, 24 or 32` };
  }
  return { ok: true, hex };
}
