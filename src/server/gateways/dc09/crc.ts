// CRC-16/ARC of DC-09 frames (poly 0x8005 reflected = 0xA001, init 0, no final xor; check value of '123456789' is
// 0xBB3D). Pure: must not know frame layout. Strings are taken one byte per char (latin1), as the splitter decodes.

/** 256 precomputed remainders of the reflected polynomial: one table look-up per byte on the hot path. */
const table: Uint16Array = (() => {
  const t = new Uint16Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xa001 : c >>> 1;
    t[n] = c;
  }
  return t;
})();

export function crc16Arc(text: string | Uint8Array): number {
  let crc = 0;
  if (typeof text === 'string') {
    for (let i = 0; i < text.length; i++) crc = (crc >>> 8) ^ table[(crc ^ text.charCodeAt(i)) & 0xff]!;
  } else {
    for (let i = 0; i < text.length; i++) crc = (crc >>> 8) ^ table[(crc ^ text[i]!) & 0xff]!;
  }
  return crc;
}

/** The CRC as a DC-09 frame writes it: 4 upper-case hex digits. */
export function crcHex(text: string): string {
  return crc16Arc(text).toString(16).toUpperCase().padStart(4, '0');
}
