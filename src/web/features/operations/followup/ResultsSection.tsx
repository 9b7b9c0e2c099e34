/**
 * Tulokset kohteittain: each selected target with the result every authority recorded for it; while the
 * operation is executing or in follow-up, the reader's authority records or changes its own.
 */
import { useState } from 'react';
import { Dropdown, DropdownItem, Paragraph, Textarea } from 'suomifi-ui-components';
import { useT } from '../../../i18n/I18nProvider.tsx';
import { useNames, useRecordsConfig } from '../../records/useRecordsConfig.ts';
import { resultsByTarget } from '../followUp.ts';
import { OUTCOME_LABEL } from '../labels.ts';
import { operationsApi } from '../operations.api.ts';
import { type OperationTargetRef, OUTCOMES, type Outcome, type TargetResult } from '../operations.types.ts';
import { useOperationContext } from '../useOperation.ts';
import { FormPanel, useSave } from './FormPanel.tsx';
import { ListSection } from './ListSection.tsx';
import { targetName } from './labels.ts';

export function ResultsSection({
  operationId,
  targets,
  results,
  loading,
  error,
  onSaved,
}: {
  operationId: string;
  targets: OperationTargetRef[];
  results: TargetResult[];
  loading: boolean;
  error: unknown;
  onSaved: () => void;
}) {
  const t = useT();
  const { operation } = useOperationContext();
  const names = useNames(useRecordsConfig().data);
  const mayRecord = operation.status === 'executing' || operation.status === 'follow_up';
  const byTarget = resultsByTarget(results);
  return (
    <ListSection
      headingId="results-heading"
      title={t('operations.results.title')}
      items={loading ? null : targets}
      empty={t('operations.results.noTargets')}
      listClassName="ops-cards"
      loading={loading}
      error={error}
      renderItem={(target) => {
        const rows = byTarget.get(target.id) ?? [];
        const own = rows.find((r) => r.authority === operation.you.authority);
        return (
          <li key={target.id} className="ops-card">
            <h3 className="ops-card__title">{targetName(target)}</h3>
            {rows.length === 0 ? (
              <Paragraph>{t('operations.results.none')}</Paragraph>
            ) : (
              <ul className="ops-plain-list">
                {rows.map((result) => (
                  <li key={result.authority}>
                    <strong>{`${names.authority(result.authority)}: ${t(OUTCOME_LABEL[result.outcome])}`}</strong>
                    {result.summary && ` — ${result.summary}`}
                  </li>
                ))}
              </ul>
            )}
            {mayRecord && (
              <ResultForm
                operationId={operationId}
                target={target}
                initial={own?.outcome}
                initialSummary={own?.summary}
                onSaved={onSaved}
              />
            )}
          </li>
        );
      }}
    />
  );
}

function ResultForm({
  operationId,
  target,
  initial,
  initialSummary,
  onSaved,
}: {
  operationId: string;
  target: OperationTargetRef;
  initial?: Outcome;
  initialSummary?: string;
  onSaved: () => void;
}) {
  const t = useT();
  const [outcome, setOutcome] = useState<string>(initial ?? '');
  const [summary, setSummary] = useState(initialSummary ?? '');
  const save = useSave(t('operations.form.saved'));
  const record = () =>
    save.run(async () => {
      await operationsApi.recordResult(operationId, target.id, outcome as Outcome, summary.trim());
      onSaved();
    });
  return (
    <FormPanel
      className="ops-result-form"
      variant="secondary"
      submitLabel={t('operations.results.save')}
      disabled={!outcome}
      onSubmit={() => void record()}
      saved={save.saved}
      error={save.error}
    >
      <Dropdown
        labelText={t('operations.results.outcome', { target: targetName(target) })}
        visualPlaceholder={t('operations.address.choose')}
        value={outcome}
        onChange={setOutcome}
        fullWidth
      >
        {OUTCOMES.map((code) => (
          <DropdownItem key={code} value={code}>
            {t(OUTCOME_LABEL[code])}
          </DropdownItem>
        ))}
      </Dropdown>
      <Textarea
        labelText={t('operations.results.summary')}
        optionalText={t('operations.optional')}
        value={summary}
        onChange={(e) => setSummary(e.target.value)}
        fullWidth
        resize="vertical"
      />
    </FormPanel>
  );
}
