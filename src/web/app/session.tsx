/**
 * Who is signed in. On start-up the session is probed with GET /api/me; a 401 from any later call
 * ends it with the "session ended" message. The UI language follows the user: a language chosen on
 * this device wins at sign-in and is saved to the profile, otherwise the profile's language is used.
 */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { setCsrfToken, setSessionEndedHandler } from '../api/client.ts';
import { api } from '../api/endpoints.ts';
import type { Me } from '../api/types.ts';
import { useLocale } from '../i18n/I18nProvider.tsx';
import { readStoredLocale } from '../i18n/locales.ts';

export type SignedOutReason = 'expired' | 'signedOut' | null;

export type SessionState =
  | { status: 'loading' }
  | { status: 'signedOut'; reason: SignedOutReason }
  /** `via`: a fresh sign-in (focus moves into the app) or a session restored on page load. */
  | { status: 'signedIn'; me: Me; via: 'signIn' | 'restore' };

interface SessionValue {
  state: SessionState;
  /** Rejects with ApiError (invalid_credentials, too_many_requests, …). */
  signIn: (username: string, password: string) => Promise<void>;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const { locale, setLocale } = useLocale();

  const signedIn = useCallback((me: Me, via: 'signIn' | 'restore') => {
    setCsrfToken(me.csrfToken);
    setState({ status: 'signedIn', me, via });
  }, []);

  /** A newer profile (after saving preferences) without changing how the session began. */
  const updated = useCallback((me: Me) => {
    setCsrfToken(me.csrfToken);
    setState((previous) => (previous.status === 'signedIn' ? { ...previous, me } : previous));
  }, []);

  useEffect(() => {
    setSessionEndedHandler(() => {
      setCsrfToken(null);
      setState({ status: 'signedOut', reason: 'expired' });
    });
    const probe = new AbortController();
    api.me(probe.signal).then(
      (me) => {
        setLocale(me.locale);
        signedIn(me, 'restore');
      },
      (error: unknown) => {
        if (error instanceof DOMException && error.name === 'AbortError') return;
        setState({ status: 'signedOut', reason: null });
      },
    );
    return () => {
      probe.abort();
      setSessionEndedHandler(null);
    };
  }, [setLocale, signedIn]);

  // Save a language change to the profile while signed in (also right after sign-in, see above).
  const me = state.status === 'signedIn' ? state.me : null;
  useEffect(() => {
    if (!me || me.locale === locale) return;
    api.setLocale(locale).then(updated, () => {
      // Not saved: the language still applies on this device, and a 401 has ended the session.
    });
  }, [me, locale, updated]);

  const signIn = useCallback(
    async (username: string, password: string) => {
      const me = await api.login(username, password);
      if (readStoredLocale() === null) setLocale(me.locale, { remember: false });
      signedIn(me, 'signIn');
    },
    [setLocale, signedIn],
  );

  const signOut = useCallback(async () => {
    try {
      await api.logout();
    } catch {
      // Already ended on the server: signing out locally is what the user asked for.
    }
    setCsrfToken(null);
    setState({ status: 'signedOut', reason: 'signedOut' });
  }, []);

  const value = useMemo(() => ({ state, signIn, signOut }), [state, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

/** The signed-in user; only for components rendered inside the signed-in shell. */
export function useMe(): Me {
  const { state } = useSession();
  if (state.status !== 'signedIn') throw new Error('useMe used while signed out');
  return state.me;
}
