// A small DC-09 frame builder for tests (ALM-9): plain and encrypted frames, with switches to break them. Must stay
// independent of src/server/gateways/dc09: its own bitwise CRC, timestamp and AES code, so a shared bug cannot hide.
import { createCipheriv, createDecipheriv } from 'node:crypto';

/** CRC-16/ARC the slow way, bit by bit (no table), as the standard's reference routine does. */
export function refCrc16(text: string): number {
  let crc = 0;
  for (let i = 0; i < text.length; i++) {
    let byte = text.charCodeAt(i) & 0xff;
    for (let bit = 0; bit < 8; bit++) {
      const mix = (byte ^ crc) & 1;
      crc >>= 1;
      if (mix) crc ^= 0xa001;
      byte >>= 1;
    }
  }
  return crc;
}

const hex4 = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');

/** '_HH:MM:SS,MM-DD-YYYY' in UTC. */
export function dc09Time(at: Date): string {
  const iso = at.toISOString(); // YYYY-MM-DDTHH:MM:SS.sssZ
  return `_${iso.slice(11, 19)},${iso.slice(5, 7)}-${iso.slice(8, 10)}-${iso.slice(0, 4)}`;
}

function aes(keyHex: string, decrypt: boolean, input: Buffer): Buffer {
  const name = `aes-${keyHex.length * 4}-cbc`;
  const c = decrypt
    ? createDecipheriv(name, Buffer.from(keyHex, 'hex'), Buffer.alloc(16))
    : createCipheriv(name, Buffer.from(keyHex, 'hex'), Buffer.alloc(16));
  c.setAutoPadding(false);
  return Buffer.concat([c.update(input), c.final()]);
}

/** AES-CBC, zero IV, of hex cipher text → latin1 text (to check what the receiver encrypted). */
export function refDecrypt(cipherHex: string, keyHex: string): string {
  return aes(keyHex, true, Buffer.from(cipherHex, 'hex')).toString('latin1');
}

export interface FrameSpec {
  /** Without '*': 'SIA-DCS', 'ADM-CID', 'NULL' or anything else to test unknown tokens. */
  token: string;
  account: string;
  sequence?: string;
  receiver?: string | null;
  line?: string | null;
  /** Inside the first [...] (e.g. '#1234|1101 01 015'); '' for NULL. */
  data?: string;
  /** Extended blocks without brackets, e.g. 'X108.7'. */
  extended?: string[];
  /** A Date, a literal ('_12:00:00,01-02-2026' or any broken text), or none. */
  timestamp?: Date | string | null;
  /** Encrypts with this key (32, 48 or 64 hex digits); the token gets its '*'. */
  keyHex?: string;
  /** The pad character(s) to use instead of the default 'P' run (must avoid '|', '[', ']'). */
  padChar?: string;
  /** Leave out the '|' after the pad (as some senders do for NULL). */
  noPipe?: boolean;
  corruptCrc?: boolean;
  /** Added to the true length in the length field. */
  lengthDelta?: number;
  trailingNuls?: number;
  /** Lower-case CRC and length hex digits. */
  lowerHex?: boolean;
}

/** The message part: from the opening '"' of the token to the end (what CRC and length cover). */
export function buildMessage(spec: FrameSpec): string {
  const receiver = spec.receiver == null ? '' : `R${spec.receiver}`;
  const line = spec.line == null ? '' : `L${spec.line}`;
  const star = spec.keyHex ? '*' : '';
  const head = `"${star}${spec.token}"${spec.sequence ?? '0001'}${receiver}${line}#${spec.account}`;
  const ts =
    spec.timestamp == null ? '' : typeof spec.timestamp === 'string' ? spec.timestamp : dc09Time(spec.timestamp);
  const tail = `${spec.data ?? ''}]${(spec.extended ?? []).map((x) => `[${x}]`).join('')}${ts}`;
  if (!spec.keyHex) return `${head}[${tail}`;
  const content = (spec.noPipe ? '' : '|') + tail;
  const padLength = 16 - (content.length % 16);
  const pad = (spec.padChar ?? 'P').repeat(padLength).slice(0, padLength);
  const cipher = aes(spec.keyHex, false, Buffer.from(pad + content, 'latin1'));
  return `${head}[${cipher.toString('hex').toUpperCase()}`;
}

/** LF + CRC + length + message + CR (+ NULs), as bytes on the wire would be read in latin1. */
export function buildFrame(spec: FrameSpec): string {
  const message = buildMessage(spec);
  let crc = refCrc16(message);
  if (spec.corruptCrc) crc ^= 0x0101;
  let header = hex4(crc) + hex4(message.length + (spec.lengthDelta ?? 0));
  if (spec.lowerHex) header = header.toLowerCase();
  return `\n${header}${message}\r${'\0'.repeat(spec.trailingNuls ?? 0)}`;
}

/** The frame as the splitter hands it to parseFrame: without LF, CR and NULs. */
export function innerOf(frame: string): string {
  return frame.replace(/\0+$/, '').replace(/^\n/, '').replace(/\r$/, '');
}
