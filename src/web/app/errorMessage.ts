/** Turns any error from an API call into one sentence in the user's language. */
import type { ErrorCode } from '../../contracts/errors.ts';
import { ApiError, type ApiErrorCode } from '../api/client.ts';
import type { MessageKey } from '../i18n/messages.ts';
import type { Translate } from '../i18n/translate.ts';

const MESSAGE_OF: Record<ApiErrorCode, MessageKey> = {
  bad_request: 'error.bad_request',
  validation_failed: 'error.validation_failed',
  unauthenticated: 'error.unauthenticated',
  invalid_credentials: 'error.invalid_credentials',
  csrf_failed: 'error.csrf_failed',
  forbidden: 'error.forbidden',
  not_found: 'error.not_found',
  conflict: 'error.conflict',
  payload_too_large: 'error.payload_too_large',
  unsupported_media_type: 'error.unsupported_media_type',
  too_many_requests: 'error.too_many_requests',
  internal: 'error.internal',
  unavailable: 'error.unavailable',
  network: 'error.network',
} satisfies Record<ErrorCode | 'network', MessageKey>;

/** Field paths the server may name in validation_failed (`body.username` → `username`). */
const FIELD_NAMES: Record<string, MessageKey> = {
  username: 'field.username',
  password: 'field.password',
  locale: 'field.locale',
};

function fieldList(details: unknown, t: Translate): string {
  const issues = (details as { issues?: { field?: unknown }[] } | null)?.issues ?? [];
  const names = issues
    .map((issue) =>
      typeof issue.field === 'string' ? issue.field.replace(/^(body|querystring|params)\.?/, '') : '',
    )
    .filter((field) => field !== '')
    .map((field) => {
      const key = FIELD_NAMES[field];
      return key ? t(key) : field;
    });
  return [...new Set(names)].join(', ');
}

/** The translated message for an error; unknown errors read as a network or service failure. */
export function describeError(error: unknown, t: Translate): string {
  if (!(error instanceof ApiError)) return t('error.network');
  const params = {
    fields: fieldList(error.details, t),
    requestId: error.requestId ?? '–',
  };
  return t(MESSAGE_OF[error.code], params);
}
