// A simulated network between device sync engines and a real server (in-process, seeded, deterministic): it drops
// requests before they arrive, loses answers after the server committed, and delivers some twice at once.

import type { FastifyInstance } from 'fastify';
import { FatalSyncError, type Transport, TransportError } from '../../src/local/transport';
import type { PushRequest } from '../../src/protocol/sync';

export interface Faults {
  on: boolean;
  dropBefore: number;
  loseAnswer: number;
  duplicate: number;
}

export function simulatedTransport(
  pickServer: () => FastifyInstance,
  token: string,
  random: () => number,
  faults: Faults,
): Transport {
  const deliver = async (method: 'GET' | 'POST', url: string, payload?: unknown) => {
    const send = () =>
      pickServer().inject({
        method,
        url,
        headers: { authorization: `Bearer ${token}` },
        ...(payload ? { payload } : {}),
      });
    if (faults.on && random() < faults.dropBefore) throw new TransportError('dropped before reaching the server');
    const twice = faults.on && random() < faults.duplicate;
    const [res] = twice ? await Promise.all([send(), send()]) : [await send()];
    if (faults.on && random() < faults.loseAnswer) throw new TransportError('answer lost after the server acted');
    if (res!.statusCode >= 500) throw new TransportError(`server ${res!.statusCode}`);
    if (res!.statusCode >= 400) throw new FatalSyncError(res!.json().problem.code, res!.body);
    return res!.json();
  };
  return {
    push: (request: PushRequest) => deliver('POST', '/api/sync/push', request),
    pull: (cursor, page) =>
      deliver('GET', `/api/sync/pull?cursor=${cursor}${page ? `&page=${encodeURIComponent(page)}` : ''}`),
  };
}
