// Reads GET /api/events as a client would: each `event:` block parsed, stamped with its receipt time. Opening waits
// for the stream's hello, so a test never raises before the client listens. Must not assert: tests do that.

export interface SseEvent {
  event: string;
  data: Record<string, unknown>;
  /** performance.now() when the chunk holding the event arrived. */
  at: number;
}

export interface SseStream {
  events: SseEvent[];
  close(): void;
}

export async function openEventStream(base: string, token: string): Promise<SseStream> {
  const controller = new AbortController();
  const res = await fetch(`${base}/api/events?token=${encodeURIComponent(token)}`, { signal: controller.signal });
  if (!res.ok) throw new Error(`event stream refused: ${res.status}`);
  if (!res.headers.get('content-type')?.includes('text/event-stream')) throw new Error('not an event stream');
  const events: SseEvent[] = [];
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        const at = performance.now();
        buffer += decoder.decode(value, { stream: true });
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event) events.push({ event, data: data ? JSON.parse(data) : null, at });
          end = buffer.indexOf('\n\n');
        }
      }
    } catch {
      // aborted by close()
    }
  })();
  for (let waited = 0; !events.length; waited += 10) {
    if (waited > 5000) throw new Error('no hello on the event stream');
    await new Promise((r) => setTimeout(r, 10));
  }
  return { events, close: () => controller.abort() };
}
