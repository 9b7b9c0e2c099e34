/**
 * The one way the web app talks to the API: JSON in and out, same-origin cookies, the session's
 * CSRF token on every state-changing request, and errors parsed into `ApiError` with a stable code.
 * A 401 anywhere (except where the caller opts out) tells the session it has ended.
 */
import { ERROR_STATUS, type ErrorCode } from '../../contracts/errors.ts';

/** `network` means no HTTP answer at all (offline, server down, blocked). */
export type ApiErrorCode = ErrorCode | 'network';

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly status: number;
  readonly details: unknown;
  /** The server's x-request-id, to quote to support. */
  readonly requestId: string | null;

  constructor(
    code: ApiErrorCode,
    status: number,
    message: string,
    details?: unknown,
    requestId?: string | null,
  ) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.details = details;
    this.requestId = requestId ?? null;
  }
}

let csrfToken: string | null = null;
let onSessionEnded: (() => void) | null = null;

/** Kept in memory only (never in storage): it comes with /api/me and the login answer. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when a request answers 401: the session has expired or was ended elsewhere. */
export function setSessionEndedHandler(handler: (() => void) | null): void {
  onSessionEnded = handler;
}

export interface RequestOptions {
  body?: unknown;
  signal?: AbortSignal;
  /** Do not treat a 401 as "session ended" (the login call and the start-up session probe). */
  expectUnauthenticated?: boolean;
  /** A file sent as it is (an import upload) instead of a JSON body. */
  file?: { data: Blob; contentType: string };
  /** Sent as `Idempotency-Key`: a resent action (an offline queue) is recorded once by the server. */
  idempotencyKey?: string;
}

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && value in ERROR_STATUS;
}

function fallbackCode(status: number): ErrorCode {
  if (status >= 500) return status === 503 ? 'unavailable' : 'internal';
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 429) return 'too_many_requests';
  return 'bad_request';
}

async function toApiError(response: Response): Promise<ApiError> {
  const requestId = response.headers.get('x-request-id');
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // not JSON (a proxy's error page, for example): fall back to the status
  }
  const parsed = (body ?? {}) as { code?: unknown; message?: unknown; details?: unknown };
  const code = isErrorCode(parsed.code) ? parsed.code : fallbackCode(response.status);
  const message = typeof parsed.message === 'string' ? parsed.message : `HTTP ${response.status}`;
  return new ApiError(code, response.status, message, parsed.details, requestId);
}

/** Sends one request; resolves with the parsed JSON body (undefined for 204), rejects with ApiError. */
export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const unsafe = method !== 'GET' && method !== 'HEAD';
  const headers: Record<string, string> = { accept: 'application/json' };
  // State-changing requests always carry a body (JSON, possibly `{}`, or a file) and the CSRF token.
  const body = unsafe ? (options.file?.data ?? JSON.stringify(options.body ?? {})) : undefined;
  if (unsafe) {
    headers['content-type'] = options.file?.contentType ?? 'application/json';
    if (csrfToken) headers['x-csrf-token'] = csrfToken;
    if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
  }
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body,
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError('network', 0, error instanceof Error ? error.message : 'Network error');
  }
  if (!response.ok) {
    const error = await toApiError(response);
    if (response.status === 401 && !options.expectUnauthenticated) onSessionEnded?.();
    throw error;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}
