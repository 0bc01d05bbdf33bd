// The DC-09 receiver (ALM-9): TCP and UDP on one port; per frame parse → device → decide → journal → answer → queue.
// Must never crash on input, never make an answer wait for processing, and never let one connection stall another.
import { createSocket, type Socket as UdpSocket } from 'node:dgram';
import { createServer, type Server, type Socket } from 'node:net';
import type { Store } from '../../store/store';
import { decideReply } from './decide-reply';
import { createDeviceDirectory, type DeviceDirectory } from './device-records';
import { parseFrame } from './frame';
import { createJournalWriter } from './journal';
import type { ProcessQueue } from './process-queue';
import { createFrameSplitter } from './splitter';
import type { TimeWindow } from './time-window';

export interface ReceiverOptions {
  store: Store;
  queue: ProcessQueue;
  port: number;
  host?: string;
  window: TimeWindow;
  /** A TCP connection that says nothing for this long is closed (devices reconnect per message or keep a link test). */
  idleSeconds?: number;
  now?: () => Date;
  log?: (level: 'info' | 'warn' | 'error', msg: string) => void;
  devices?: DeviceDirectory;
}

export interface Dc09Receiver {
  start(): Promise<{ port: number }>;
  stop(): Promise<void>;
}

// Why 1 KiB: a DC-09 frame is a few hundred characters at most (length field ≤ 0x3FF by practice); anything longer is
// garbage or an attack and is dropped by the splitter without buffering it.
const MAX_FRAME_BYTES = 1024;
// Frames waiting in one connection before it stops reading (TCP backpressure onto that sender only).
const MAX_PENDING = 32;
const MAX_CONNECTIONS = 5_000;
const MAX_UNREAD_BYTES = 64 * 1024;

interface Answer {
  reply: string;
  /** The journal row to process after answering, or null (a NAK that needs nothing more). */
  queueId: string | null;
}

export function createDc09Receiver(o: ReceiverOptions): Dc09Receiver {
  const now = o.now ?? (() => new Date());
  const log = o.log ?? ((level, msg) => (level === 'info' ? console.log(msg) : console.error(msg)));
  const devices = o.devices ?? createDeviceDirectory(o.store);
  const idleMs = (o.idleSeconds ?? 120) * 1000;
  const journal = createJournalWriter(o.store);
  const sockets = new Set<Socket>();
  let tcp: Server | null = null;
  let udp: UdpSocket | null = null;

  /** One frame to its answer, or null when it must go unanswered (the journal could not be written). */
  async function handleFrame(raw: string, transport: 'tcp' | 'udp', remote: string): Promise<Answer | null> {
    try {
      const parsed = parseFrame(raw);
      const account = parsed.ok ? parsed.frame.account : null;
      const device = account ? await devices.find(account) : null;
      const at = now();
      const d = decideReply(raw, parsed, device, { now: at, window: o.window });
      if (d.warning) log('warn', `[dc09] ${account ?? '?'} from ${remote}: ${d.warning} (accepted)`);
      // Journal first: an answer is only given for a frame that is on record.
      const id = await journal.write({ ...d.journal, transport, remote }, at);
      const processLater = d.journal.reply !== 'NAK' || d.journal.replyReason === 'unknown_account';
      return { reply: d.reply, queueId: processLater ? id : null };
    } catch (err) {
      log('error', `[dc09] frame from ${remote} not journaled: ${err instanceof Error ? err.message : String(err)}`);
      return null;
    }
  }

  /** Writes the answer, then hands the journal row to processing (never the other way round). */
  function answer(out: Answer | null, write: (reply: string) => void): void {
    if (out === null) return;
    write(out.reply);
    if (out.queueId) o.queue.push(out.queueId);
  }

  function onConnection(socket: Socket): void {
    sockets.add(socket);
    const remote = `tcp:${socket.remoteAddress ?? ''}:${socket.remotePort ?? ''}`;
    const splitter = createFrameSplitter({ maxFrameBytes: MAX_FRAME_BYTES });
    const frames: string[] = [];
    let working = false;
    socket.setNoDelay(true);
    socket.setTimeout(idleMs, () => socket.destroy());
    socket.on('error', () => socket.destroy());
    socket.on('close', () => sockets.delete(socket));
    socket.on('data', (chunk) => {
      const { frames: got, discarded } = splitter.push(chunk);
      if (discarded) log('warn', `[dc09] ${remote}: ${discarded} bytes of garbage discarded`);
      frames.push(...got);
      if (frames.length > MAX_PENDING) socket.pause();
      void work();
    });
    async function work(): Promise<void> {
      if (working) return;
      working = true;
      while (frames.length && !socket.destroyed) {
        const raw = frames.shift()!;
        const out = await handleFrame(raw, 'tcp', remote);
        answer(out, (reply) => {
          if (socket.destroyed) return;
          // A sender that never reads its answers is cut off rather than buffered without end.
          if (socket.writableLength > MAX_UNREAD_BYTES) socket.destroy();
          else socket.write(reply);
        });
        if (frames.length <= MAX_PENDING / 2 && socket.isPaused()) socket.resume();
      }
      working = false;
    }
  }

  function onDatagram(msg: Buffer, rinfo: { address: string; port: number }): void {
    const remote = `udp:${rinfo.address}:${rinfo.port}`;
    const { frames } = createFrameSplitter({ maxFrameBytes: MAX_FRAME_BYTES }).push(msg);
    // One datagram, one frame (DC-09 over UDP); a datagram carrying several is answered frame by frame.
    void (async () => {
      for (const raw of frames.slice(0, 4)) {
        const out = await handleFrame(raw, 'udp', remote);
        answer(out, (reply) => udp?.send(reply, rinfo.port, rinfo.address, () => undefined));
      }
    })();
  }

  return {
    async start() {
      const host = o.host ?? '0.0.0.0';
      tcp = createServer({ allowHalfOpen: false }, onConnection);
      tcp.maxConnections = MAX_CONNECTIONS;
      tcp.on('error', (err) => log('error', `[dc09] tcp: ${err.message}`));
      await new Promise<void>((resolve, reject) => {
        tcp!.once('error', reject);
        tcp!.listen(o.port, host, () => {
          tcp!.off('error', reject);
          resolve();
        });
      });
      const port = (tcp.address() as { port: number }).port;
      udp = createSocket({ type: host.includes(':') ? 'udp6' : 'udp4' });
      udp.on('message', (msg, rinfo) => {
        try {
          onDatagram(msg, rinfo);
        } catch (err) {
          log('error', `[dc09] udp: ${err instanceof Error ? err.message : String(err)}`);
        }
      });
      await new Promise<void>((resolve, reject) => {
        udp!.once('error', reject);
        udp!.bind(port, host, () => {
          udp!.off('error', reject);
          udp!.on('error', (err) => log('error', `[dc09] udp: ${err.message}`));
          resolve();
        });
      });
      return { port };
    },
    async stop() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => (tcp ? tcp.close(() => resolve()) : resolve()));
      await new Promise<void>((resolve) => (udp ? udp.close(() => resolve()) : resolve()));
      tcp = null;
      udp = null;
    },
  };
}
