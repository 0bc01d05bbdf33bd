// Cuts a TCP byte stream into DC-09 frames (LF … CR), one splitter per connection: frames split across chunks or
// coalesced in one, NULs ignored, garbage and oversized frames discarded and counted. Must never throw nor parse.

export interface FrameSplitter {
  /** Frames completed by this chunk (without LF and CR, latin1: one char per byte) and bytes thrown away. */
  push(chunk: Buffer): { frames: string[]; discarded: number };
}

const LF = 0x0a;
const CR = 0x0d;
const NUL = 0x00;

export function createFrameSplitter(opts: { maxFrameBytes?: number } = {}): FrameSplitter {
  // Why 1024: a DC-09 frame with several extended blocks stays well under it; anything longer is not a frame.
  const maxFrameBytes = opts.maxFrameBytes ?? 1024;
  /** 'idle' = waiting for an LF; 'frame' = collecting; 'skip' = an oversized frame being thrown away up to an LF. */
  let state: 'idle' | 'frame' | 'skip' = 'idle';
  let current = '';

  return {
    push(chunk) {
      const frames: string[] = [];
      let discarded = 0;
      for (let i = 0; i < chunk.length; i++) {
        const byte = chunk[i]!;
        if (byte === NUL) continue;
        if (byte === LF) {
          if (state === 'frame') discarded += current.length + 1; // an LF with no CR: the unfinished frame is lost
          state = 'frame';
          current = '';
          continue;
        }
        if (state !== 'frame') {
          discarded++;
          continue;
        }
        if (byte === CR) {
          if (current.length > 0) frames.push(current);
          else discarded += 2;
          state = 'idle';
          current = '';
          continue;
        }
        if (current.length >= maxFrameBytes) {
          discarded += current.length + 2; // the LF, what was collected and this byte
          state = 'skip';
          current = '';
          continue;
        }
        current += String.fromCharCode(byte);
      }
      return { frames, discarded };
    },
  };
}
