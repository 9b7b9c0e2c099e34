/** `/competence/authorities`: every authority on the map, the user's own first, each linking to its page. */
import { Paragraph } from 'suomifi-ui-components';
import { useMe } from '../../../app/session.tsx';
import { AppLink } from '../../../components/AppLink.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { useLocale, useT } from '../../../i18n/I18nProvider.tsx';
import { authorityPath } from '../competence.routes.ts';
import type { CompetenceConfig } from '../competence.types.ts';
import { CheckedNote } from '../shared/CheckedNote.tsx';
import { ConfigGate } from '../shared/ConfigGate.tsx';
import { IssueChips } from '../shared/IssueChips.tsx';
import { StatusBadges } from '../shared/StatusBadges.tsx';
import './authority.css';

function AuthorityList({ config }: { config: CompetenceConfig }) {
  const t = useT();
  const { locale } = useLocale();
  const me = useMe();
  const own = (code: string) => code === me.authority.code;
  const sorted = [...config.authorities].sort((a, b) => Number(own(b.code)) - Number(own(a.code)));
  // A unit that shares its parent's rules (NBI → police) is covered by the parent's rules too.
  const parties = (code: string) => {
    const authority = config.authorities.find((a) => a.code === code);
    return authority?.sharesRulesWithParent && authority.partOf ? [code, authority.partOf] : [code];
  };
  const counts = (code: string) => {
    const them = parties(code) as string[];
    return {
      out: config.rules.filter((r) => them.includes(r.from) && r.mode !== 'not_allowed').length,
      in: config.rules.filter((r) => them.includes(r.to) && r.mode !== 'not_allowed').length,
    };
  };
  return (
    <>
      <ul className="authority-index">
        {sorted.map((authority) => {
          const count = counts(authority.code);
          return (
            <li
              key={authority.code}
              className={
                own(authority.code)
                  ? 'panel authority-index__item authority-index__item--own'
                  : 'panel authority-index__item'
              }
            >
              <p className="authority-index__name">
                <AppLink href={authorityPath(authority.code)}>{authority.name[locale]}</AppLink>{' '}
                <StatusBadges verified={authority.verified} />
                {own(authority.code) && (
                  <span className="status-badge status-badge--own">{t('authorities.yours')}</span>
                )}
              </p>
              <IssueChips areas={authority.supervises} />
              <p className="authority-index__counts">{t('competence.index.counts', count)}</p>
            </li>
          );
        })}
      </ul>
      <CheckedNote config={config} />
    </>
  );
}

export function AuthorityIndexView() {
  const t = useT();
  return (
    <>
      <PageHeading>{t('competence.index.title')}</PageHeading>
      <Paragraph className="lead">{t('competence.index.intro')}</Paragraph>
      <ConfigGate>{(config) => <AuthorityList config={config} />}</ConfigGate>
    </>
  );
}
