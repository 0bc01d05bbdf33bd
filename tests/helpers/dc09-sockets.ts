// A device's side of DC-09 over loopback, for tests: a TCP connection that collects the receiver's replies (each
// LF…CR), and one UDP datagram with its reply. Must not build frames (dc09-frames.ts does).
import { createSocket } from 'node:dgram';
import { connect, type Socket } from 'node:net';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Opens a TCP connection that collects replies (each LF…CR). */
export async function openTcp(port: number) {
  const socket: Socket = connect(port, '127.0.0.1');
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  let buf = '';
  const replies: string[] = [];
  socket.setEncoding('latin1');
  socket.on('data', (d: string) => {
    buf += d;
    let end = buf.indexOf('\r');
    while (end >= 0) {
      replies.push(buf.slice(0, end + 1));
      buf = buf.slice(end + 1);
      end = buf.indexOf('\r');
    }
  });
  socket.on('error', () => undefined);
  return {
    socket,
    replies,
    send: (text: string | Buffer) => socket.write(typeof text === 'string' ? Buffer.from(text, 'latin1') : text),
    async waitFor(n: number, ms = 5_000) {
      const until = Date.now() + ms;
      while (replies.length < n && Date.now() < until) await sleep(10);
      return replies.slice(0, n);
    },
    close: () => socket.destroy(),
  };
}

export async function sendUdp(port: number, frame: string): Promise<string> {
  const sock = createSocket('udp4');
  try {
    return await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no UDP reply')), 5_000);
      sock.once('message', (msg) => {
        clearTimeout(timer);
        resolve(msg.toString('latin1'));
      });
      sock.send(Buffer.from(frame, 'latin1'), port, '127.0.0.1');
    });
  } finally {
    sock.close();
  }
}
