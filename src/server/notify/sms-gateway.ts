// SMS gateways (ALM-5, ARCHITECTURE §7 ANXIN_SMS_GATEWAY): `log` prints one line; an HTTP URL gets a JSON POST.
// Must not queue, retry or touch the store: the outbox sender decides what to send and records every attempt.

export interface SmsResult {
  ok: boolean;
  /** The gateway's message id when it gave one, else ours. */
  id?: string;
  error?: string;
}

export interface SmsGateway {
  readonly kind: 'log' | 'webhook';
  send(to: string, body: string, id?: string): Promise<SmsResult>;
}

/** The default: a site with no SMS contract still shows every attempt on the alarm timeline. */
export function createLogSmsGateway(print: (line: string) => void = console.log): SmsGateway {
  return {
    kind: 'log',
    async send(to, body, id) {
      print(`[sms] to ${to}: ${body.replace(/\s+/g, ' ')}`);
      return { ok: true, ...(id ? { id } : {}) };
    },
  };
}

// A gateway that has not answered in 5 s is treated as failed, so one slow provider cannot stall the outbox.
const WEBHOOK_TIMEOUT_MS = 5000;

export function createWebhookSmsGateway(url: string, timeoutMs = WEBHOOK_TIMEOUT_MS): SmsGateway {
  return {
    kind: 'webhook',
    async send(to, body, id) {
      try {
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ to, body, id }),
          signal: AbortSignal.timeout(timeoutMs),
        });
        const text = await res.text();
        if (!res.ok) return { ok: false, error: `HTTP ${res.status} ${text.slice(0, 200)}`.trim() };
        return { ok: true, ...idOf(text, id) };
      } catch (err) {
        const timedOut = err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError');
        return { ok: false, error: timedOut ? `timeout after ${timeoutMs} ms` : errorText(err) };
      }
    },
  };
}

/** `log` or an http(s) URL, as loadConfig has already checked. */
export function createSmsGateway(setting: string): SmsGateway {
  return setting === 'log' ? createLogSmsGateway() : createWebhookSmsGateway(setting);
}

function idOf(text: string, fallback: string | undefined): { id?: string } {
  try {
    const parsed = JSON.parse(text) as { id?: unknown };
    if (typeof parsed?.id === 'string' || typeof parsed?.id === 'number') return { id: String(parsed.id) };
  } catch {
    // a plain-text answer is fine: the status said it was accepted
  }
  return fallback ? { id: fallback } : {};
}

function errorText(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const cause = (err as { cause?: { message?: string } }).cause?.message;
  return cause ? `${err.message}: ${cause}` : err.message;
}
