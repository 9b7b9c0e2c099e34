/**
 * The sign-in page, shown at any address while nobody is signed in (after signing in, the user is on
 * the page they asked for). The language switch and the way to the public worker app are here too.
 */
import { InlineAlert, Link, Paragraph, SkipLink } from 'suomifi-ui-components';
import type { SignedOutReason } from '../../app/session.tsx';
import { Brand } from '../../components/Brand.tsx';
import { LanguageSwitch } from '../../components/LanguageSwitch.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { SectionHeading } from '../../components/SectionHeading.tsx';
import { useLocale, useT } from '../../i18n/I18nProvider.tsx';
import { translate } from '../../i18n/translate.ts';
import { LoginForm } from './LoginForm.tsx';
import './login.css';

export function LoginPage({ reason }: { reason: SignedOutReason }) {
  const t = useT();
  const { locale } = useLocale();
  // The worker link also reads in a second language, for someone who does not read the current one.
  const alternate = locale === 'en' ? 'fi' : 'en';
  return (
    <div className="login-layout">
      <SkipLink href="#main">{t('shell.skipLink')}</SkipLink>
      <header className="site-header">
        <div className="site-header__inner">
          <Brand />
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" className="login-main" tabIndex={-1}>
        <div className="login-card">
          <Paragraph className="login-card__tagline">{t('app.tagline')}</Paragraph>
          <PageHeading>{t('login.title')}</PageHeading>
          {reason === 'expired' && (
            <InlineAlert status="warning" role="alert" className="login-card__notice">
              {t('login.sessionExpired')}
            </InlineAlert>
          )}
          {reason === 'signedOut' && (
            <InlineAlert status="neutral" role="status" className="login-card__notice">
              {t('login.signedOut')}
            </InlineAlert>
          )}
          <LoginForm />
          <Paragraph className="login-card__fineprint">{t('login.notice')}</Paragraph>
        </div>
        <section className="worker-box" aria-labelledby="worker-heading">
          <SectionHeading id="worker-heading" className="worker-box__heading">
            {t('login.workerHeading')}
          </SectionHeading>
          <Link href="/help/" className="worker-box__link">
            {t('login.workerLink')}
            <span lang={alternate} className="worker-box__alt">
              {translate(alternate, 'login.workerLink')}
            </span>
          </Link>
        </section>
      </main>
    </div>
  );
}
