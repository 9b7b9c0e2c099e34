/**
 * The signed-in frame: skip link, header, navigation, the current module's page and a footer.
 * After in-app navigation, focus moves to the new page's heading so screen readers announce it —
 * once the page is shown, which for a page still loading its code (lazyPage.ts) is after it arrives.
 */
import { useCallback, useEffect, useRef } from 'react';
import { Link, SkipLink } from 'suomifi-ui-components';
import { NotFoundPage } from '../features/not-found/NotFoundPage.tsx';
import { useT } from '../i18n/I18nProvider.tsx';
import { findModule } from './modules.ts';
import { PageBoundary } from './PageBoundary.tsx';
import { usePathname } from './router.ts';
import { ShellHeader } from './ShellHeader.tsx';
import { ShellNav } from './ShellNav.tsx';
import { useMe, useSession } from './session.tsx';

export function Shell() {
  const t = useT();
  const me = useMe();
  const { state } = useSession();
  const justSignedIn = state.status === 'signedIn' && state.via === 'signIn';
  const pathname = usePathname();
  const module = findModule(pathname, me.roles);
  const Page = module?.element ?? NotFoundPage;
  const mainRef = useRef<HTMLElement>(null);
  const shownPath = useRef(pathname);

  // After signing in or moving to another page, focus goes to the page's heading so screen readers
  // announce where the user is. On a page load the browser's own focus handling is left alone.
  const onPageShown = useCallback(() => {
    const navigated = shownPath.current !== pathname;
    shownPath.current = pathname;
    if (!navigated && !justSignedIn) return;
    if (navigated) window.scrollTo(0, 0);
    const heading = mainRef.current?.querySelector<HTMLElement>('h1');
    (heading ?? mainRef.current)?.focus();
  }, [pathname, justSignedIn]);

  return (
    <div className="shell">
      <SkipLink href="#main">{t('shell.skipLink')}</SkipLink>
      <ShellHeader />
      <div className="shell__body">
        <div className="shell__nav">
          <ShellNav />
        </div>
        <main id="main" ref={mainRef} className="shell__main" tabIndex={-1}>
          <PageBoundary key={pathname}>
            <Page />
            <PageShown onShown={onPageShown} />
          </PageBoundary>
        </main>
      </div>
      <footer className="site-footer">
        <p>{t('shell.footer')}</p>
        <Link href="/help/">{t('shell.workerInfo')}</Link>
      </footer>
    </div>
  );
}

/** Rendered beside the page inside its Suspense boundary, so its effect runs when the page is shown. */
function PageShown({ onShown }: { onShown: () => void }) {
  useEffect(onShown, [onShown]);
  return null;
}
