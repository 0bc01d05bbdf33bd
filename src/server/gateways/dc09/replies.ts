// The receiver's answers (SIA DC-09 §5.5): ACK (encrypted "*ACK" for encrypted frames), NAK and DUH, each a complete
// frame with LF, CRC, length and CR. Pure apart from the random pad: must not decide which answer is due.
import { encryptText, formatTimestamp, makePad } from './content';
import { crcHex } from './crc';
import type { Dc09Frame } from './frame';

/** LF + CRC + 0LLL length + message + CR; both CRC and length cover the message from its opening '"'. */
export function wrapMessage(message: string): string {
  const length = message.length.toString(16).toUpperCase().padStart(4, '0');
  return `\n${crcHex(message)}${length}${message}\r`;
}

/** Sequence, receiver, line and account echoed from the frame: how the sender matches the answer. */
function addressOf(frame: Dc09Frame): string {
  const receiver = frame.receiver === null ? '' : `R${frame.receiver}`;
  const line = frame.line === null ? '' : `L${frame.line}`;
  return `${frame.sequence}${receiver}${line}#${frame.account}`;
}

/**
 * ACK: plain '"ACK"seq R L #acct[]'; for an encrypted frame (and a key) '"*ACK"seq R L #acct[' + hex of
 * AES(pad + ']' + receiver timestamp), the pad fresh for every answer.
 */
export function buildAck(frame: Dc09Frame, opts: { keyHex?: string; now: Date }): string {
  if (frame.encrypted && opts.keyHex) {
    const content = `]${formatTimestamp(opts.now)}`;
    const cipherHex = encryptText(makePad(content.length) + content, opts.keyHex);
    return wrapMessage(`"*ACK"${addressOf(frame)}[${cipherHex}`);
  }
  return wrapMessage(`"ACK"${addressOf(frame)}[]`);
}

/** NAK: never encrypted, fixed address, the receiver's UTC time so the sender can correct its clock. */
export function buildNak(now: Date): string {
  return wrapMessage(`"NAK"0000R0L0A0[]${formatTimestamp(now)}`);
}

/** DUH: a valid frame whose data the receiver does not understand; never encrypted. */
export function buildDuh(frame: Dc09Frame): string {
  return wrapMessage(`"DUH"${addressOf(frame)}[]`);
}
