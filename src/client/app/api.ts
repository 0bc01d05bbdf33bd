// The fetch wrapper for /api: Bearer token, Accept-Language, protocol version, problem bodies turned into errors.
// Must not touch storage or React, and must not translate: it reports what happened, the UI words it.
import type { Lang } from '../../domain/common/problems';
import type { LoginRequest, LoginResponse, SessionUser } from '../../protocol/auth';
import { protocolHeader, protocolVersion } from '../../protocol/version';
import { isLoginResponse, isSessionUser } from './session-shape';

/**
 * The server refused or failed. `message` is the server's own, already in the request's language; codes starting
 * `client.` mean no problem body came back (a proxy error, an unreadable answer) and the UI words it itself.
 */
export class ApiProblemError extends Error {
  override readonly name = 'ApiProblemError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** The request never got an answer: no network, or no answer in time. Distinct from any server refusal. */
export class OfflineError extends Error {
  override readonly name = 'OfflineError';
  constructor(readonly reason: 'offline' | 'timeout') {
    super(reason === 'offline' ? 'No network connection' : 'The server did not answer in time');
  }
}

export interface RequestOptions {
  method?: 'GET' | 'POST';
  body?: unknown;
  /** A body sent as it is (e.g. a CSV file for import) instead of JSON; takes the place of `body`. */
  text?: { body: string; contentType: string };
  token?: string;
  lang: Lang;
  /** Longer than the default for slow work such as a bulk import. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

// A cheap phone on a weak signal can hang for minutes; past this the user is told and may retry.
const requestTimeoutMs = 15_000;

/** Sends one API request; resolves to the parsed JSON body (null for 204) or throws ApiProblemError / OfflineError. */
export async function requestApi(path: string, options: RequestOptions): Promise<unknown> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': options.lang,
    [protocolHeader]: String(protocolVersion),
  };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.text) headers['Content-Type'] = options.text.contentType;
  // Plain AbortController + timer rather than AbortSignal.timeout/any: older phone WebViews lack those.
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs ?? requestTimeoutMs);
  const forwardAbort = () => controller.abort();
  options.signal?.addEventListener('abort', forwardAbort, { once: true });

  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      body: options.text ? options.text.body : options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: controller.signal,
      cache: 'no-store',
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new OfflineError(timedOut ? 'timeout' : 'offline');
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', forwardAbort);
  }
  if (response.status === 204) return null;
  const body = await response.json().catch(() => undefined);
  if (response.ok) {
    if (body === undefined) throw new ApiProblemError(response.status, 'client.bad_response', 'Unreadable answer');
    return body;
  }
  throw problemFrom(response.status, body);
}

function problemFrom(status: number, body: unknown): ApiProblemError {
  const problem = (body as { problem?: unknown } | undefined)?.problem as Record<string, unknown> | undefined;
  if (problem && typeof problem.code === 'string' && typeof problem.message === 'string') {
    const field = typeof problem.field === 'string' ? problem.field : undefined;
    return new ApiProblemError(status, problem.code, problem.message, field);
  }
  // A proxy or a crashed server answered without our problem shape.
  return new ApiProblemError(status, 'client.http_status', `HTTP ${status}`);
}

export async function login(request: LoginRequest, lang: Lang, signal?: AbortSignal): Promise<LoginResponse> {
  const body = await requestApi('/api/auth/login', { method: 'POST', body: request, lang, signal });
  if (!isLoginResponse(body)) throw new ApiProblemError(200, 'client.bad_response', 'Unreadable sign-in answer');
  return body;
}

export async function fetchMe(token: string, lang: Lang, signal?: AbortSignal): Promise<SessionUser> {
  const body = await requestApi('/api/me', { token, lang, signal });
  const user = (body as { user?: unknown } | null)?.user;
  if (!isSessionUser(user)) throw new ApiProblemError(200, 'client.bad_response', 'Unreadable user answer');
  return user;
}

export async function logout(token: string, lang: Lang): Promise<void> {
  await requestApi('/api/auth/logout', { method: 'POST', token, lang });
}
