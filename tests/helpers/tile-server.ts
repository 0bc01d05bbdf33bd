// A tiny tile server for browser tests (MAP-3): generated 256 px PNG tiles at /{z}/{x}/{y}.png with CORS, a count
// of tile requests, and an optional delay. Must not be used outside tests.
import { createServer, type Server } from 'node:http';
import { deflateSync } from 'node:zlib';

export interface TileServer {
  url: string;
  /** Tile requests answered so far. */
  requests(): number;
  setDelay(ms: number): void;
  close(): Promise<void>;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A pale tile whose tint follows x+y, with a dark 3 px frame: easy to tell apart from the outline map. */
export function tilePng(z: number, x: number, y: number): Buffer {
  const size = 256;
  const tint = (x + y + z) % 2 === 0 ? [205, 228, 240] : [220, 238, 214];
  const raw = Buffer.alloc((size * 3 + 1) * size);
  for (let row = 0; row < size; row++) {
    const o = row * (size * 3 + 1);
    raw[o] = 0;
    for (let col = 0; col < size; col++) {
      const frame = row < 3 || col < 3 || row >= size - 3 || col >= size - 3;
      const [r, g, b] = frame ? [60, 90, 110] : tint;
      raw[o + 1 + col * 3] = r!;
      raw[o + 2 + col * 3] = g!;
      raw[o + 3 + col * 3] = b!;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // truecolour RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export async function startTileServer(): Promise<TileServer> {
  let count = 0;
  let delay = 0;
  const server: Server = createServer((req, res) => {
    const m = /^\/(\d+)\/(\d+)\/(\d+)\.png$/.exec(req.url ?? '');
    if (!m) {
      res.writeHead(404, { 'Access-Control-Allow-Origin': '*' }).end();
      return;
    }
    count++;
    const png = tilePng(Number(m[1]), Number(m[2]), Number(m[3]));
    setTimeout(() => {
      res
        .writeHead(200, {
          'Content-Type': 'image/png',
          'Access-Control-Allow-Origin': '*',
          'Cache-Control': 'no-store',
        })
        .end(png);
    }, delay);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}`,
    requests: () => count,
    setDelay: (ms) => {
      delay = ms;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
