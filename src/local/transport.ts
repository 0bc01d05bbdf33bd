// How the sync engine reaches the server: push and pull, nothing else. The HTTP transport is the real one; tests
// put a simulated network between the engine and a real server. A TransportError means "not now": try again later.

import type { SyncTable } from '../protocol/rows';
import type { PushRequest, PushResponse } from '../protocol/sync';

export interface PullChange {
  table: SyncTable;
  id: string;
  op: 'put' | 'delete';
  row?: Record<string, unknown>;
}

export interface PullResponse {
  cursor: number;
  changes: PullChange[];
  reset?: boolean;
  more: boolean;
  page?: string;
}

export interface Transport {
  push(request: PushRequest): Promise<PushResponse>;
  pull(cursor: number, page?: string): Promise<PullResponse>;
}

export class TransportError extends Error {}

/** The server refused the whole request (e.g. the app is too old, or the session ended): retrying will not help. */
export class FatalSyncError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function createHttpTransport(options: {
  base?: string;
  token: () => string | null;
  lang: () => string;
}): Transport {
  const base = options.base ?? '';
  async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
    let res: Response;
    try {
      res = await fetch(`${base}${path}`, {
        ...init,
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${options.token() ?? ''}`,
          'accept-language': options.lang(),
          ...init.headers,
        },
      });
    } catch (err) {
      throw new TransportError(err instanceof Error ? err.message : 'network error');
    }
    if (res.ok) return (await res.json()) as T;
    const body = (await res.json().catch(() => null)) as { problem?: { code: string; message: string } } | null;
    if (res.status >= 500 || !body?.problem) throw new TransportError(`server answered ${res.status}`);
    throw new FatalSyncError(body.problem.code, body.problem.message);
  }
  return {
    push: (request) => call('/api/sync/push', { method: 'POST', body: JSON.stringify(request) }),
    pull: (cursor, page) => call(`/api/sync/pull?cursor=${cursor}${page ? `&page=${encodeURIComponent(page)}` : ''}`),
  };
}
