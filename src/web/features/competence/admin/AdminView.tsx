/**
 * `/competence/admin` (platform admins): find a rule, edit it with a change note, see its history and
 * the differences between versions, mark it verified; export and import the whole configuration.
 */
import { useState } from 'react';
import { Paragraph } from 'suomifi-ui-components';
import { navigate } from '../../../app/router.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { useLocale, useT } from '../../../i18n/I18nProvider.tsx';
import { COMPETENCE_PATH } from '../competence.routes.ts';
import type { CompetenceConfig } from '../competence.types.ts';
import { namesFor } from '../names.ts';
import { RuleCard } from '../shared/RuleCard.tsx';
import { forgetCompetenceConfig, useCompetenceConfig } from '../useCompetenceConfig.ts';
import { ImportExport } from './ImportExport.tsx';
import { RuleEditor } from './RuleEditor.tsx';
import { type Filters, matches, NO_FILTERS, RuleFilters } from './RuleFilters.tsx';
import { RuleHistory } from './RuleHistory.tsx';
import { RuleTable } from './RuleTable.tsx';
import { VerifyRule } from './VerifyRule.tsx';
import './admin.css';

function Rules({ config, onChanged }: { config: CompetenceConfig; onChanged: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const names = namesFor(config, locale);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [selected, setSelected] = useState<string | null>(
    () => new URLSearchParams(window.location.search).get('rule') || null,
  );
  const [revision, setRevision] = useState(0);
  const [saved, setSaved] = useState<{ changed: boolean; version: number } | null>(null);
  const rules = config.rules.filter((rule) => matches(rule, filters));
  const rule = config.rules.find((r) => r.id === selected);

  const select = (id: string) => {
    setSelected(id);
    setSaved(null);
    navigate(`${COMPETENCE_PATH}/admin?rule=${encodeURIComponent(id)}`, { replace: true });
    requestAnimationFrame(() => document.getElementById('rule-detail-heading')?.focus());
  };
  const changed = (written: boolean, version: number) => {
    setRevision((n) => n + 1);
    setSaved({ changed: written, version });
    if (written) onChanged();
  };

  return (
    <>
      <section className="panel" aria-labelledby="rules-heading">
        <h2 id="rules-heading" className="competence-h2">
          {t('competence.admin.rules')}
        </h2>
        <RuleFilters config={config} value={filters} onChange={setFilters} />
        <p className="result-count" aria-live="polite">
          {t('competence.admin.rulesCaption', { count: rules.length })}
        </p>
        <RuleTable rules={rules} names={names} selected={selected} onSelect={select} />
      </section>
      {rule && (
        <section className="panel rule-detail" aria-labelledby="rule-detail-heading">
          <h2 id="rule-detail-heading" className="competence-h2" tabIndex={-1}>
            {t('competence.admin.ruleTitle', { id: rule.id, version: rule.version })}
          </h2>
          <p className="rule-detail__saved" aria-live="polite">
            {saved?.changed === true && t('competence.admin.saved', { version: saved.version })}
            {saved?.changed === false && t('competence.admin.unchanged')}
          </p>
          <ul className="rule-list">
            <RuleCard rule={rule} names={names} side="from" />
          </ul>
          {!rule.verified && (
            <VerifyRule
              key={`verify-${rule.id}-${rule.version}`}
              ruleId={rule.id}
              onVerified={(version) => changed(true, version)}
            />
          )}
          <RuleEditor key={`${rule.id}-${rule.version}-${revision}`} rule={rule} onSaved={changed} />
          <RuleHistory ruleId={rule.id} revision={revision} />
        </section>
      )}
    </>
  );
}

export function AdminView() {
  const t = useT();
  const { data, error, loading, reload } = useCompetenceConfig();
  const refresh = () => {
    forgetCompetenceConfig();
    reload();
  };
  return (
    <>
      <PageHeading>{t('competence.admin.title')}</PageHeading>
      <Paragraph className="lead">{t('competence.admin.intro')}</Paragraph>
      {error !== null && <ErrorAlert error={error} onRetry={reload} />}
      {loading && !data && <Loading />}
      {data && <Rules config={data} onChanged={refresh} />}
      <ImportExport onImported={refresh} />
    </>
  );
}
