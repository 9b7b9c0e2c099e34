/** The session cookie: HttpOnly, SameSite=Strict, Secure over HTTPS (with the __Host- prefix then). */
import type { FastifyReply, FastifyRequest } from 'fastify';

export type SecureCookies = 'auto' | 'on' | 'off';

export function isSecure(request: FastifyRequest, mode: SecureCookies): boolean {
  if (mode === 'on') return true;
  if (mode === 'off') return false;
  return request.protocol === 'https';
}

export const sessionCookieName = (secure: boolean) => (secure ? '__Host-silta_session' : 'silta_session');

export function readSessionToken(request: FastifyRequest): string | undefined {
  return request.cookies['__Host-silta_session'] ?? request.cookies.silta_session;
}

export function setSessionCookie(
  reply: FastifyReply,
  token: string,
  secure: boolean,
  maxAgeSeconds: number,
): void {
  reply.setCookie(sessionCookieName(secure), token, {
    httpOnly: true,
    sameSite: 'strict',
    secure,
    path: '/',
    maxAge: maxAgeSeconds,
  });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(sessionCookieName(secure), { httpOnly: true, sameSite: 'strict', secure, path: '/' });
}
