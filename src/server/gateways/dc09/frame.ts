// Parses one DC-09 frame (SIA DC-09 §5: CRC, 0LLL length, "token", sequence, Rreceiver, Lline, #account, body) as
// the splitter hands it, without LF and CR. Pure: must not decrypt, look up devices or decide replies.
import { crc16Arc } from './crc';

export interface Dc09Frame {
  /** As sent, e.g. '*ADM-CID'. */
  token: string;
  /** Without the '*' of encryption, e.g. 'ADM-CID'. */
  baseToken: string;
  encrypted: boolean;
  /** Four characters as sent (the reply echoes them). */
  sequence: string;
  /** Receiver number without its 'R' (hex digits), or null when the frame has no R prefix. */
  receiver: string | null;
  /** Line (account prefix) without its 'L' (hex digits), or null when the frame has no L prefix. */
  line: string | null;
  account: string;
  /** Everything after '#account' as sent (plain: '[...]…' / encrypted: '[' + hex). */
  body: string;
  declaredLength: number;
  actualLength: number;
  lengthOk: boolean;
}

export type ParseResult =
  | { ok: true; frame: Dc09Frame }
  | {
      ok: false;
      reason: 'crc' | 'format';
      partial: { token?: string; sequence?: string; receiver?: string | null; line?: string | null; account?: string };
    };

/**
 * After the 8 header characters. Why tolerant: the token may be any name (an unknown one is answered DUH by the
 * receiver, not dropped); the sequence is 4 hex characters because some senders count in hex (0009, 000A); the
 * account follows the registry's rule (letters and digits, 1–16).
 */
const HEAD =
  /^"(\*?)([A-Za-z0-9-]{1,16})"([0-9A-Fa-f]{4})(?:R([0-9A-Fa-f]{1,6}))?(?:L([0-9A-Fa-f]{1,6}))?#([0-9A-Za-z]{1,16})(\[.*)$/s;
const HEX4 = /^[0-9A-Fa-f]{4}$/;

export function parseFrame(raw: string): ParseResult {
  const crcText = raw.slice(0, 4);
  const lengthText = raw.slice(4, 8);
  const message = raw.slice(8);
  const head = HEAD.exec(message);
  const partial = head
    ? {
        token: `${head[1]}${head[2]}`,
        sequence: head[3],
        receiver: head[4] ?? null,
        line: head[5] ?? null,
        account: head[6],
      }
    : {};
  if (!HEX4.test(crcText) || !HEX4.test(lengthText)) return { ok: false, reason: 'format', partial };
  if (crc16Arc(message) !== Number.parseInt(crcText, 16)) return { ok: false, reason: 'crc', partial };
  if (!head) return { ok: false, reason: 'format', partial };
  const declaredLength = Number.parseInt(lengthText, 16);
  return {
    ok: true,
    frame: {
      token: `${head[1]}${head[2]}`,
      baseToken: head[2]!,
      encrypted: head[1] === '*',
      sequence: head[3]!,
      receiver: head[4] ?? null,
      line: head[5] ?? null,
      account: head[6]!,
      body: head[7]!,
      declaredLength,
      actualLength: message.length,
      lengthOk: declaredLength === message.length,
    },
  };
}
