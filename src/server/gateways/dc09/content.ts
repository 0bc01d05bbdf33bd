// The message content of a DC-09 frame: AES-CBC decryption / encryption with the DC-09 pad, and the split of
// '[data][X…]…_HH:MM:SS,MM-DD-YYYY' into its parts. Must not read event codes (event-data.ts) nor pick replies.
//
// Encrypted layout (SIA DC-09 §5.4.5, as implemented by the public receivers pysiaalarm — event.py decrypt_content /
// create_response, regexes.py ENCR_*_CONTENT — and the van Ovost dc09_spt sender — dc09_msg.dc09crypt/dc09block):
//   frame body = '[' + HEX( AES-CBC(key, IV = 16 zero bytes, no block padding)( pad + '|' + data + ']' + [X…]… +
//                '_HH:MM:SS,MM-DD-YYYY' ) )
// The '[' stays in clear; the pad comes first, is random characters other than '|', '[' and ']', and makes the
// plaintext a multiple of 16 bytes. The encrypted ACK carries pad + ']' + '_timestamp' (no '|').
import { createCipheriv, createDecipheriv, randomInt } from 'node:crypto';
import type { Dc09Frame } from './frame';

const CIPHERS: Record<number, string> = { 16: 'aes-128-cbc', 24: 'aes-192-cbc', 32: 'aes-256-cbc' };
const ZERO_IV = Buffer.alloc(16);
/** Pad alphabet: printable ASCII without '|', '[', ']' (the characters that end a pad). */
const PAD_CHARS = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i))
  .filter((c) => c !== '|' && c !== '[' && c !== ']')
  .join('');

function cipherName(keyHex: string): string | null {
  if (!/^[0-9A-Fa-f]*$/.test(keyHex) || keyHex.length % 2 !== 0) return null;
  return CIPHERS[keyHex.length / 2] ?? null;
}

/** A fresh random pad that brings `content` to a multiple of 16 bytes (1–16 characters, never empty). */
export function makePad(contentLength: number): string {
  const size = 16 - (contentLength % 16);
  let pad = '';
  for (let i = 0; i < size; i++) pad += PAD_CHARS[randomInt(PAD_CHARS.length)];
  return pad;
}

/** Upper-case hex of AES-CBC (zero IV) over `plain`, which must already be a multiple of 16 bytes. */
export function encryptText(plain: string, keyHex: string): string {
  const name = cipherName(keyHex);
  if (!name) throw new Error('an AES key has 16, 24 or 32 bytes');
  const cipher = createCipheriv(name, Buffer.from(keyHex, 'hex'), ZERO_IV);
  cipher.setAutoPadding(false);
  return Buffer.concat([cipher.update(plain, 'latin1'), cipher.final()])
    .toString('hex')
    .toUpperCase();
}

/** Removes the pad (and the '|' after it); null when no ']' or '|' ends a pad. */
function stripPad(plain: string): string | null {
  const end = plain.search(/[|[\]]/);
  if (end < 0) return null;
  const rest = plain[end] === '|' ? plain.slice(end + 1) : plain.slice(end);
  return rest.startsWith('[') ? rest : `[${rest}`;
}

/**
 * The decrypted content from the data '[' on, pad removed; { ok: false } for a plain frame, a body that is not
 * '[' + hex blocks, a bad key, or a plaintext that is not printable text (what a wrong key produces).
 */
export function decryptBody(frame: Dc09Frame, keyHex: string): { ok: true; text: string } | { ok: false } {
  const name = cipherName(keyHex);
  const hex = frame.body.slice(1);
  if (!frame.encrypted || !name || !frame.body.startsWith('[')) return { ok: false };
  if (hex.length === 0 || hex.length % 32 !== 0 || !/^[0-9A-Fa-f]+$/.test(hex)) return { ok: false };
  let plain: string;
  try {
    const decipher = createDecipheriv(name, Buffer.from(keyHex, 'hex'), ZERO_IV);
    decipher.setAutoPadding(false);
    plain = Buffer.concat([decipher.update(Buffer.from(hex, 'hex')), decipher.final()]).toString('latin1');
  } catch {
    return { ok: false };
  }
  // Why trailing NULs are dropped: some senders zero-fill the last block instead of padding in front.
  const text = stripPad(plain.replace(/\0+$/, ''));
  if (text === null || !/^[\x20-\x7e]*$/.test(text)) return { ok: false };
  return { ok: true, text };
}

const TIMESTAMP = /^_?(\d{2}):(\d{2}):(\d{2}),(\d{2})-(\d{2})-(\d{4})$/;

/** '_HH:MM:SS,MM-DD-YYYY' (UTC) as a Date, or null when it is not a real time. */
export function parseTimestamp(text: string): Date | null {
  const m = TIMESTAMP.exec(text);
  if (!m) return null;
  const [hh, mi, ss, mo, dd, yyyy] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const date = new Date(Date.UTC(yyyy, mo - 1, dd, hh, mi, ss));
  const same =
    date.getUTCFullYear() === yyyy &&
    date.getUTCMonth() === mo - 1 &&
    date.getUTCDate() === dd &&
    date.getUTCHours() === hh &&
    date.getUTCMinutes() === mi &&
    date.getUTCSeconds() === ss;
  return same ? date : null;
}

/** A time as DC-09 writes it: '_HH:MM:SS,MM-DD-YYYY' in UTC. */
export function formatTimestamp(at: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `_${two(at.getUTCHours())}:${two(at.getUTCMinutes())}:${two(at.getUTCSeconds())},${two(at.getUTCMonth() + 1)}-${two(at.getUTCDate())}-${at.getUTCFullYear()}`;
}

export type ParsedContent = { ok: true; data: string; extended: string[]; timestamp: Date | null } | { ok: false };

/** '[data]' + any '[X…]' blocks + an optional timestamp, nothing else (trailing spaces tolerated). */
export function parseContent(text: string): ParsedContent {
  const blocks: string[] = [];
  let at = 0;
  while (text[at] === '[') {
    const close = text.indexOf(']', at + 1);
    if (close < 0) return { ok: false };
    const inner = text.slice(at + 1, close);
    if (inner.includes('[')) return { ok: false };
    blocks.push(inner);
    at = close + 1;
  }
  const [data, ...extended] = blocks;
  if (data === undefined) return { ok: false };
  const tail = text.slice(at).trimEnd();
  if (tail === '') return { ok: true, data, extended, timestamp: null };
  const timestamp = parseTimestamp(tail);
  return timestamp ? { ok: true, data, extended, timestamp } : { ok: false };
}
