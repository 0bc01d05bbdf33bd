// Issuing a resident's one-touch link (ALM-1): pushes resident.issueDeviceToken straight to the server (it needs
// the server to answer with the token, so it is online only) and builds the /r/<token> address. No React here.
import type { Lang } from '../../../domain/common/problems';
import { protocolVersion } from '../../../protocol/version';
import { ApiProblemError, requestApi } from '../../app/api';
import { deviceClientId } from '../../app/sync/client-id';
import { newUuid } from '../../resident/uuid';

interface PushAnswer {
  results?: { status?: string; value?: { token?: unknown }; problem?: { code: string; message: string } }[];
}

/** Asks the server for a new token for the resident; resolves to the page address to give the resident. */
export async function issueOneTouchLink(residentId: string, token: string, lang: Lang, origin: string) {
  const body = {
    protocol: protocolVersion,
    clientId: deviceClientId(),
    mutations: [
      { id: newUuid(), name: 'resident.issueDeviceToken', args: { residentId }, at: new Date().toISOString() },
    ],
  };
  const answer = (await requestApi('/api/sync/push', { method: 'POST', body, token, lang })) as PushAnswer;
  const result = answer.results?.[0];
  if (result?.status !== 'applied') {
    const p = result?.problem;
    throw new ApiProblemError(409, p?.code ?? 'client.bad_response', p?.message ?? 'No answer');
  }
  const deviceToken = result.value?.token;
  if (typeof deviceToken !== 'string') throw new ApiProblemError(500, 'client.bad_response', 'No token');
  return oneTouchAddress(origin, deviceToken);
}

export function oneTouchAddress(origin: string, deviceToken: string): string {
  return `${origin.replace(/\/$/, '')}/r/${encodeURIComponent(deviceToken)}`;
}
