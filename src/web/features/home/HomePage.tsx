/** Etusivu: welcome, the user's authority and unit, their roles in plain words, and quick links. */
import { Link, LinkList, LinkListItem, Paragraph } from 'suomifi-ui-components';
import { useMe } from '../../app/session.tsx';
import { AppLink } from '../../components/AppLink.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { SectionHeading } from '../../components/SectionHeading.tsx';
import { useLocale, useT } from '../../i18n/I18nProvider.tsx';
import { AUDIT_READ_ROLES, hasAnyRole } from '../audit/audit.access.ts';
import { RoleList } from './RoleList.tsx';
import './home.css';

export function HomePage() {
  const t = useT();
  const { locale } = useLocale();
  const me = useMe();
  return (
    <>
      <PageHeading>{t('home.title', { name: me.displayName })}</PageHeading>
      <Paragraph className="lead">{t('home.intro')}</Paragraph>
      <div className="home-grid">
        <section className="panel" aria-labelledby="home-authority">
          <SectionHeading id="home-authority" className="panel__heading">
            {t('home.yourAuthority')}
          </SectionHeading>
          <p className="panel__title">{me.authority.name[locale]}</p>
          <p className="panel__meta">
            {t('home.unit')}: {me.unit ? me.unit.name[locale] : t('home.noUnit')}
          </p>
        </section>
        <section className="panel" aria-labelledby="home-links">
          <SectionHeading id="home-links" className="panel__heading">
            {t('home.quickLinks')}
          </SectionHeading>
          <LinkList ariaLabelledBy="home-links">
            <LinkListItem>
              <AppLink href="/authorities">{t('home.linkAuthorities')}</AppLink>
            </LinkListItem>
            {hasAnyRole(me.roles, AUDIT_READ_ROLES) ? (
              <LinkListItem>
                <AppLink href="/audit">{t('home.linkAudit')}</AppLink>
              </LinkListItem>
            ) : null}
            <LinkListItem>
              <Link href="/help/">{t('home.linkWorkerInfo')}</Link>
            </LinkListItem>
          </LinkList>
        </section>
      </div>
      <section className="panel" aria-labelledby="home-roles">
        <SectionHeading id="home-roles" className="panel__heading">
          {t('home.yourRoles')}
        </SectionHeading>
        <RoleList roles={me.roles} />
      </section>
    </>
  );
}
