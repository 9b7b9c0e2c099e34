/** Typed calls to the API routes the web app uses. */
import type { UiLocale } from '../../contracts/languages.ts';
import { request } from './client.ts';
import type { AuditPage, AuditVerification, Authority, Me } from './types.ts';

export const api = {
  login: (username: string, password: string) =>
    request<Me>('POST', '/api/auth/login', { body: { username, password }, expectUnauthenticated: true }),

  logout: () => request<void>('POST', '/api/auth/logout', { expectUnauthenticated: true }),

  /** The signed-in user, or a 401 ApiError when nobody is signed in. */
  me: (signal?: AbortSignal) => request<Me>('GET', '/api/me', { signal, expectUnauthenticated: true }),

  setLocale: (locale: UiLocale) => request<Me>('PUT', '/api/me/preferences', { body: { locale } }),

  authorities: (signal?: AbortSignal) =>
    request<{ items: Authority[] }>('GET', '/api/authorities', { signal }).then((r) => r.items),

  audit: (before: number | null, limit: number, signal?: AbortSignal) => {
    const query = new URLSearchParams({ limit: String(limit) });
    if (before !== null) query.set('before', String(before));
    return request<AuditPage>('GET', `/api/audit?${query}`, { signal });
  },

  verifyAudit: () => request<AuditVerification>('GET', '/api/audit/verify'),
};
