/**
 * `/competence/authorities/:code`: what one authority supervises and investigates, its powers, the
 * data it holds, and what it may give to whom and get from whom — each rule with its legal basis.
 */
import { useCallback, useEffect } from 'react';
import { Dropdown, DropdownItem, Paragraph } from 'suomifi-ui-components';
import { ApiError } from '../../../api/client.ts';
import { api } from '../../../api/endpoints.ts';
import { navigate } from '../../../app/router.ts';
import { useMe } from '../../../app/session.tsx';
import { useApiData } from '../../../app/useApiData.ts';
import { AppLink } from '../../../components/AppLink.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { useLocale, useT } from '../../../i18n/I18nProvider.tsx';
import type { MessageKey } from '../../../i18n/messages.ts';
import { competenceApi } from '../competence.api.ts';
import { authorityPath, COMPETENCE_PATH } from '../competence.routes.ts';
import type { AuthorityView as AuthorityViewData, CompetenceConfig } from '../competence.types.ts';
import { namesFor } from '../names.ts';
import { CheckedNote } from '../shared/CheckedNote.tsx';
import { ConfigGate } from '../shared/ConfigGate.tsx';
import { IssueChips } from '../shared/IssueChips.tsx';
import { jumpTo } from '../shared/jumpTo.ts';
import { StatusBadges } from '../shared/StatusBadges.tsx';
import { CompetenceList } from './CompetenceList.tsx';
import { HeldCategories } from './HeldCategories.tsx';
import { authorityPage } from './profile.ts';
import { RuleGroups } from './RuleGroups.tsx';
import './authority.css';

const TOC = [
  ['authority-competences', 'competence.authority.competences'],
  ['authority-holds', 'competence.authority.holds'],
  ['authority-outgoing', 'competence.authority.outgoing'],
  ['authority-incoming', 'competence.authority.incoming'],
] as const satisfies readonly (readonly [string, MessageKey])[];

function AuthorityPicker({ config, code }: { config: CompetenceConfig; code: string }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <Dropdown
      className="authority-picker"
      labelText={t('competence.authority.pick')}
      value={code}
      onChange={(next) => navigate(authorityPath(next))}
    >
      {config.authorities.map((authority) => (
        <DropdownItem key={authority.code} value={authority.code}>
          {authority.name[locale]}
        </DropdownItem>
      ))}
    </Dropdown>
  );
}

function Unknown() {
  const t = useT();
  return (
    <>
      <PageHeading>{t('competence.authority.unknown')}</PageHeading>
      <Paragraph>
        <AppLink href={`${COMPETENCE_PATH}/authorities`}>{t('competence.index.title')}</AppLink>
      </Paragraph>
    </>
  );
}

interface ProfileProps {
  config: CompetenceConfig;
  code: string;
  view: AuthorityViewData;
}

function Profile({ config, code, view }: ProfileProps) {
  const t = useT();
  const { locale } = useLocale();
  const format = useFormat();
  const me = useMe();
  // The authorities register keeps the date each description was checked against its sources.
  const checkedOn = useApiData(api.authorities).data?.find((a) => a.code === code)?.checkedOn;
  const page = authorityPage(view, config);
  const names = namesFor(config, locale);
  const { authority } = page;

  // The shell focused the page before the name was known; move focus on to the heading now.
  useEffect(() => {
    const main = document.getElementById('main');
    if (document.activeElement === main) main?.querySelector<HTMLElement>('h1')?.focus();
  }, []);
  return (
    <>
      <PageHeading>{authority.name[locale]}</PageHeading>
      <div className="authority-head">
        <p className="authority-head__badges">
          {authority.code === me.authority.code && (
            <span className="status-badge status-badge--own">{t('authorities.yours')}</span>
          )}
          <StatusBadges verified={authority.verified} />
        </p>
        <div className="authority-head__pick">
          <AuthorityPicker config={config} code={code} />
          <AppLink href={`${COMPETENCE_PATH}/authorities`}>{t('competence.authority.all')}</AppLink>
        </div>
      </div>
      <Paragraph className="lead">{authority.description[locale]}</Paragraph>
      {page.parent && (
        <Paragraph>
          {t('competence.authority.partOf')}{' '}
          <AppLink href={authorityPath(page.parent.code)}>{page.parent.name[locale]}</AppLink>
        </Paragraph>
      )}
      {page.units.length > 0 && (
        <Paragraph>
          {t('competence.authority.units')}{' '}
          {page.units.map((unit, i) => (
            <span key={unit.code}>
              {i > 0 && ', '}
              <AppLink href={authorityPath(unit.code)}>{unit.name[locale]}</AppLink>
            </span>
          ))}
        </Paragraph>
      )}
      {authority.notes && <p className="authority-head__note">{authority.notes[locale]}</p>}
      {page.sharesRulesWith && !authority.notes && (
        <p className="authority-head__note">
          {t('competence.authority.sharesRules', { parent: names.authority(page.sharesRulesWith) })}
        </p>
      )}
      <nav className="page-toc" aria-labelledby="authority-toc">
        <p id="authority-toc" className="page-toc__title">
          {t('competence.authority.toc')}
        </p>
        <ul>
          {TOC.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`} onClick={jumpTo(id)}>
                {t(label, { authority: authority.shortName[locale] })}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <section className="panel" aria-labelledby="authority-areas">
        <h2 id="authority-areas" className="competence-h2">
          {t('competence.authority.areas')}
        </h2>
        <IssueChips areas={authority.supervises} />
      </section>
      <CompetenceList groups={page.competences} />
      <HeldCategories categories={page.holds} />
      <RuleGroups
        id="authority-outgoing"
        title={t('competence.authority.outgoing', { authority: authority.shortName[locale] })}
        intro={t('competence.authority.outgoingIntro')}
        groups={page.outgoing}
        names={names}
        side="from"
      />
      <RuleGroups
        id="authority-incoming"
        title={t('competence.authority.incoming', { authority: authority.shortName[locale] })}
        intro={t('competence.authority.incomingIntro')}
        groups={page.incoming}
        names={names}
        side="to"
      />
      {checkedOn && (
        <p className="checked-note">{t('authorities.checkedOn', { date: format.date(checkedOn) })}</p>
      )}
      <CheckedNote config={config} />
    </>
  );
}

export function AuthorityView({ code }: { code: string }) {
  const load = useCallback((signal: AbortSignal) => competenceApi.authority(code, signal), [code]);
  const { data, error, loading, reload } = useApiData(load);
  if (error instanceof ApiError && error.status === 404) return <Unknown />;
  if (error !== null) return <ErrorAlert error={error} onRetry={reload} />;
  if (loading || !data) return <Loading />;
  return <ConfigGate>{(config) => <Profile config={config} code={code} view={data} />}</ConfigGate>;
}
