/**
 * Palaute ja jälkitoimet: results per target and authority (each participant records its own), the
 * follow-up tasks with owner authority, due date and status, pre-trial investigations opened, lessons
 * learned and the operation's statistics. Reloads live on results and follow-up events.
 */
import { useEffect, useState } from 'react';
import { Button, Dropdown, DropdownItem, Paragraph, Textarea, TextInput } from 'suomifi-ui-components';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SectionHeading } from '../../components/SectionHeading.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { ISSUE_LABEL } from '../competence/issues.ts';
import { useNames, useRecordsConfig } from '../records/useRecordsConfig.ts';
import { DateField } from './FormParts.tsx';
import {
  CRIME_TITLE_CODES,
  countPairs,
  crimeLabelKey,
  followUpOwners,
  INVESTIGATING_AUTHORITIES,
  resultsByTarget,
} from './followUp.ts';
import { FOLLOW_UP_STATUS_LABEL, OUTCOME_LABEL } from './labels.ts';
import { isOpen } from './OverviewTab.tsx';
import { operationsApi } from './operations.api.ts';
import { type OperationTargetRef, OUTCOMES, type Outcome, type TargetResult } from './operations.types.ts';
import { useOperationContext, useOperationData } from './useOperation.ts';

const loadTargets = (id: string, signal: AbortSignal) => operationsApi.targets(id, signal);
const loadResults = (id: string, signal: AbortSignal) => operationsApi.results(id, signal);
const loadFollowUps = (id: string, signal: AbortSignal) => operationsApi.followUps(id, signal);
const loadInvestigations = (id: string, signal: AbortSignal) => operationsApi.investigations(id, signal);
const loadStatistics = (id: string, signal: AbortSignal) => operationsApi.statistics(id, signal);
const TARGET_EVENTS = ['operation.target_decided', 'operation.target_finished'];
const RESULT_EVENTS = ['operation.result_recorded'];
const FOLLOW_UP_EVENTS = ['operation.follow_up_changed'];
const STAT_EVENTS = ['operation.*'];

/** A target the reader may not see is shown by a short reference, never by its name. */
export function targetName(target: Pick<OperationTargetRef, 'name' | 'businessId' | 'id'>): string {
  return target.name ?? target.businessId ?? `#${target.id.slice(0, 8)}`;
}

export function FollowUpTab({ operationId }: { operationId: string }) {
  const targets = useOperationData(operationId, loadTargets, TARGET_EVENTS);
  const results = useOperationData(operationId, loadResults, RESULT_EVENTS);
  const selected = (targets.data ?? []).filter((target) => target.decision === 'selected');
  return (
    <>
      <Results
        operationId={operationId}
        targets={selected}
        results={results.data ?? []}
        loading={targets.loading && !targets.data}
        error={targets.error ?? results.error}
        onSaved={results.reload}
      />
      <FollowUps operationId={operationId} targets={selected} />
      <Investigations operationId={operationId} targets={selected} />
      <Lessons />
      <Statistics operationId={operationId} />
    </>
  );
}

function Results({
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
    <section className="ops-section" aria-labelledby="results-heading">
      <SectionHeading id="results-heading">{t('operations.results.title')}</SectionHeading>
      {loading && <Loading />}
      {error !== null && <ErrorAlert error={error} />}
      {!loading && targets.length === 0 && <Paragraph>{t('operations.results.noTargets')}</Paragraph>}
      <ul className="ops-cards">
        {targets.map((target) => {
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
        })}
      </ul>
    </section>
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
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState('');
  const save = async () => {
    setError(null);
    setSaved('');
    try {
      await operationsApi.recordResult(operationId, target.id, outcome as Outcome, summary.trim());
      setSaved(t('operations.form.saved'));
      onSaved();
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <div className="ops-result-form">
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
      <div className="ops-form__actions">
        <Button variant="secondary" disabled={!outcome} onClick={() => void save()}>
          {t('operations.results.save')}
        </Button>
        <p role="status" className="ops-notice">
          {saved}
        </p>
      </div>
      {error !== null && <ErrorAlert error={error} />}
    </div>
  );
}

function FollowUps({ operationId, targets }: { operationId: string; targets: OperationTargetRef[] }) {
  const t = useT();
  const format = useFormat();
  const { operation, reload } = useOperationContext();
  const names = useNames(useRecordsConfig().data);
  const tasks = useOperationData(operationId, loadFollowUps, FOLLOW_UP_EVENTS);
  const owners = followUpOwners(operation);
  const mayAdd = isOpen(operation) && (operation.you.lead || owners.includes(operation.you.authority));
  const [title, setTitle] = useState('');
  const [authority, setAuthority] = useState(operation.you.authority);
  const [dueOn, setDueOn] = useState('');
  const [targetId, setTargetId] = useState('');
  const [error, setError] = useState<unknown>(null);

  const add = async () => {
    setError(null);
    try {
      await operationsApi.addFollowUp(operationId, {
        title: title.trim(),
        authority,
        dueOn,
        ...(targetId && { operationTargetId: targetId }),
      });
      setTitle('');
      setDueOn('');
      setTargetId('');
      tasks.reload();
      reload();
    } catch (caught) {
      setError(caught);
    }
  };
  const change = async (id: string, status: 'done' | 'cancelled' | 'open') => {
    setError(null);
    try {
      await operationsApi.setFollowUp(operationId, id, status);
      tasks.reload();
      reload();
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <section className="ops-section" aria-labelledby="followups-heading">
      <SectionHeading id="followups-heading">{t('operations.followUp.title')}</SectionHeading>
      {tasks.loading && !tasks.data && <Loading />}
      {tasks.error !== null && <ErrorAlert error={tasks.error} onRetry={tasks.reload} />}
      {tasks.data && tasks.data.length === 0 && <Paragraph>{t('operations.followUp.none')}</Paragraph>}
      {tasks.data && tasks.data.length > 0 && (
        <ul className="ops-cards">
          {tasks.data.map((task) => {
            const target = targets.find((x) => x.id === task.operationTargetId);
            return (
              <li key={task.id} className="ops-card">
                <p className="ops-card__title">{task.title}</p>
                <p className="ops-card__meta">
                  <span className={`ops-status ops-status--followup-${task.status}`}>
                    {t(FOLLOW_UP_STATUS_LABEL[task.status])}
                  </span>
                  <span>
                    {t('operations.followUp.owner', { authority: names.authority(task.authority) })}
                  </span>
                  <span>{t('operations.followUp.due', { date: format.date(task.dueOn) })}</span>
                  {task.overdue && <strong>{t('operations.followUp.overdue')}</strong>}
                  {task.assigneeName && (
                    <span>{t('operations.followUp.assignee', { name: task.assigneeName })}</span>
                  )}
                  {target && <span>{targetName(target)}</span>}
                </p>
                {task.mayChange && operation.status !== 'cancelled' && (
                  <div className="ops-actions">
                    {task.status === 'open' ? (
                      <>
                        <Button
                          variant="secondary"
                          onClick={() => void change(task.id, 'done')}
                          aria-label={t('operations.followUp.doneNamed', { title: task.title })}
                        >
                          {t('operations.followUp.markDone')}
                        </Button>
                        <Button
                          variant="secondaryNoBorder"
                          onClick={() => void change(task.id, 'cancelled')}
                          aria-label={t('operations.followUp.cancelNamed', { title: task.title })}
                        >
                          {t('operations.followUp.markCancelled')}
                        </Button>
                      </>
                    ) : (
                      <Button
                        variant="secondaryNoBorder"
                        onClick={() => void change(task.id, 'open')}
                        aria-label={t('operations.followUp.reopenNamed', { title: task.title })}
                      >
                        {t('operations.followUp.reopen')}
                      </Button>
                    )}
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {error !== null && <ErrorAlert error={error} />}
      {mayAdd && (
        <div className="panel ops-form">
          <h3 className="ops-form__subtitle">{t('operations.followUp.add')}</h3>
          <TextInput
            labelText={t('operations.followUp.taskTitle')}
            value={title}
            onChange={(v) => setTitle(String(v ?? ''))}
            fullWidth
          />
          <Dropdown
            labelText={t('operations.followUp.ownerLabel')}
            value={authority}
            onChange={setAuthority}
            fullWidth
          >
            {(operation.you.lead ? owners : [operation.you.authority]).map((code) => (
              <DropdownItem key={code} value={code}>
                {names.authorityLong(code)}
              </DropdownItem>
            ))}
          </Dropdown>
          <DateField
            id="followup-due"
            label={t('operations.followUp.dueLabel')}
            value={dueOn}
            onChange={setDueOn}
            required
          />
          {targets.length > 0 && (
            <Dropdown
              labelText={t('operations.followUp.target')}
              value={targetId || 'none'}
              onChange={(v) => setTargetId(v === 'none' ? '' : v)}
              fullWidth
            >
              {[
                <DropdownItem key="none" value="none">
                  {t('operations.followUp.noTarget')}
                </DropdownItem>,
                ...targets.map((target) => (
                  <DropdownItem key={target.id} value={target.id}>
                    {targetName(target)}
                  </DropdownItem>
                )),
              ]}
            </Dropdown>
          )}
          <div className="ops-form__actions">
            <Button disabled={!title.trim() || !dueOn} onClick={() => void add()}>
              {t('operations.followUp.addButton')}
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}

function Investigations({ operationId, targets }: { operationId: string; targets: OperationTargetRef[] }) {
  const t = useT();
  const format = useFormat();
  const { operation } = useOperationContext();
  const names = useNames(useRecordsConfig().data);
  const list = useOperationData(operationId, loadInvestigations, ['operation.updated']);
  const mayAdd = isOpen(operation) && INVESTIGATING_AUTHORITIES.includes(operation.you.authority);
  const [caseReference, setCaseReference] = useState('');
  const [crimeTitle, setCrimeTitle] = useState('');
  const [openedOn, setOpenedOn] = useState('');
  const [targetId, setTargetId] = useState('');
  const [error, setError] = useState<unknown>(null);
  const crime = (code: string) => {
    const key = crimeLabelKey(code);
    return key ? t(key) : code;
  };
  const add = async () => {
    setError(null);
    try {
      await operationsApi.addInvestigation(operationId, {
        caseReference: caseReference.trim(),
        crimeTitle,
        openedOn,
        ...(targetId && { operationTargetId: targetId }),
      });
      setCaseReference('');
      setCrimeTitle('');
      setOpenedOn('');
      list.reload();
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <section className="ops-section" aria-labelledby="investigations-heading">
      <SectionHeading id="investigations-heading">{t('operations.investigation.title')}</SectionHeading>
      {list.error !== null && <ErrorAlert error={list.error} onRetry={list.reload} />}
      {list.data && list.data.length === 0 && <Paragraph>{t('operations.investigation.none')}</Paragraph>}
      {list.data && list.data.length > 0 && (
        <ul className="ops-plain-list">
          {list.data.map((item) => (
            <li key={item.id}>
              {t(item.caseReference ? 'operations.investigation.row' : 'operations.investigation.rowOther', {
                reference: item.caseReference ?? '',
                crime: crime(item.crimeTitle),
                authority: names.authority(item.authority),
                date: format.date(item.openedOn),
              })}
              {item.operationTargetId &&
                ` — ${targetName(targets.find((x) => x.id === item.operationTargetId) ?? { id: item.operationTargetId, name: null })}`}
            </li>
          ))}
        </ul>
      )}
      {mayAdd && (
        <div className="panel ops-form">
          <h3 className="ops-form__subtitle">{t('operations.investigation.add')}</h3>
          <TextInput
            labelText={t('operations.investigation.reference')}
            value={caseReference}
            onChange={(v) => setCaseReference(String(v ?? ''))}
            fullWidth
          />
          <Dropdown
            labelText={t('operations.investigation.crime')}
            visualPlaceholder={t('operations.address.choose')}
            value={crimeTitle}
            onChange={setCrimeTitle}
            fullWidth
          >
            {CRIME_TITLE_CODES.map((code) => (
              <DropdownItem key={code} value={code}>
                {crime(code)}
              </DropdownItem>
            ))}
          </Dropdown>
          <DateField
            id="investigation-opened"
            label={t('operations.investigation.openedOn')}
            value={openedOn}
            onChange={setOpenedOn}
            required
          />
          {targets.length > 0 && (
            <Dropdown
              labelText={t('operations.followUp.target')}
              value={targetId || 'none'}
              onChange={(v) => setTargetId(v === 'none' ? '' : v)}
              fullWidth
            >
              {[
                <DropdownItem key="none" value="none">
                  {t('operations.followUp.noTarget')}
                </DropdownItem>,
                ...targets.map((target) => (
                  <DropdownItem key={target.id} value={target.id}>
                    {targetName(target)}
                  </DropdownItem>
                )),
              ]}
            </Dropdown>
          )}
          <div className="ops-form__actions">
            <Button disabled={!caseReference.trim() || !crimeTitle || !openedOn} onClick={() => void add()}>
              {t('operations.investigation.addButton')}
            </Button>
          </div>
          {error !== null && <ErrorAlert error={error} />}
        </div>
      )}
    </section>
  );
}

function Lessons() {
  const t = useT();
  const { operation, reload } = useOperationContext();
  const [text, setText] = useState(operation.lessonsLearned);
  const [saved, setSaved] = useState('');
  const [error, setError] = useState<unknown>(null);
  useEffect(() => setText(operation.lessonsLearned), [operation.lessonsLearned]);
  const lead = operation.you.lead && isOpen(operation);
  const save = async () => {
    setError(null);
    setSaved('');
    try {
      await operationsApi.update(operation.id, { lessonsLearned: text.trim() });
      setSaved(t('operations.form.saved'));
      reload();
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <section className="ops-section" aria-labelledby="lessons-heading">
      <SectionHeading id="lessons-heading">{t('operations.lessons.title')}</SectionHeading>
      {lead ? (
        <div className="panel ops-form">
          <Textarea
            labelText={t('operations.lessons.label')}
            hintText={t('operations.lessons.hint')}
            value={text}
            onChange={(e) => setText(e.target.value)}
            fullWidth
            resize="vertical"
          />
          <div className="ops-form__actions">
            <Button variant="secondary" onClick={() => void save()}>
              {t('operations.form.save')}
            </Button>
            <p role="status" className="ops-notice">
              {saved}
            </p>
          </div>
          {error !== null && <ErrorAlert error={error} />}
        </div>
      ) : (
        <Paragraph className="ops-text">{operation.lessonsLearned || t('operations.lessons.none')}</Paragraph>
      )}
    </section>
  );
}

function Statistics({ operationId }: { operationId: string }) {
  const t = useT();
  const names = useNames(useRecordsConfig().data);
  const stats = useOperationData(operationId, loadStatistics, STAT_EVENTS);
  const data = stats.data;
  const crime = (code: string) => {
    const key = crimeLabelKey(code);
    return key ? t(key) : code;
  };
  const outcome = (code: string) => (code in OUTCOME_LABEL ? t(OUTCOME_LABEL[code as Outcome]) : code);
  const list = (pairs: [string, number][], label: (code: string) => string = (code) => code) =>
    pairs.map(([code, count]) => `${label(code)}: ${count}`).join(', ') || '–';
  return (
    <section className="ops-section" aria-labelledby="stats-heading">
      <SectionHeading id="stats-heading">{t('operations.stats.title')}</SectionHeading>
      {stats.loading && !data && <Loading />}
      {stats.error !== null && <ErrorAlert error={stats.error} onRetry={stats.reload} />}
      {data && (
        <>
          <dl className="ops-facts ops-stats panel">
            <dt>{t('operations.stats.targets')}</dt>
            <dd>{t('operations.stats.targetsValue', data.targets)}</dd>
            <dt>{t('operations.stats.outcomes')}</dt>
            <dd>{list(countPairs(data.outcomes), outcome)}</dd>
            <dt>{t('operations.stats.findings')}</dt>
            <dd>{list(countPairs(data.findingsByArea), (code) => findingArea(t, code))}</dd>
            <dt>{t('operations.stats.ilo')}</dt>
            <dd>{list(countPairs(data.iloIndicators))}</dd>
            <dt>{t('operations.stats.victims')}</dt>
            <dd>{data.victimsReferred}</dd>
            <dt>{t('operations.stats.followUps')}</dt>
            <dd>{t('operations.stats.followUpsValue', data.followUps)}</dd>
            <dt>{t('operations.stats.investigations')}</dt>
            <dd>
              {data.investigations}
              {data.investigations > 0 && ` (${list(countPairs(data.investigationsByCrime), crime)})`}
            </dd>
          </dl>
          {data.byAuthority.length > 0 && (
            <div className="ops-table-wrap">
              <table className="ops-table">
                <caption>{t('operations.stats.byAuthority')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('operations.stats.col.authority')}</th>
                    <th scope="col">{t('operations.stats.col.results')}</th>
                    <th scope="col">{t('operations.stats.col.findings')}</th>
                    <th scope="col">{t('operations.stats.col.victims')}</th>
                    <th scope="col">{t('operations.stats.col.followUpsOpen')}</th>
                    <th scope="col">{t('operations.stats.col.investigations')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.byAuthority.map((row) => (
                    <tr key={row.authority}>
                      <th scope="row">{names.authority(row.authority)}</th>
                      <td>{row.results}</td>
                      <td>{row.findings}</td>
                      <td>{row.victimsReferred}</td>
                      <td>{row.followUpsOpen}</td>
                      <td>{row.investigations}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}

/** Finding areas are issue areas where one exists (wages, permits, …); the rest have their own word. */
function findingArea(t: ReturnType<typeof useT>, code: string): string {
  if (code in ISSUE_LABEL) return t(ISSUE_LABEL[code as keyof typeof ISSUE_LABEL]);
  if (code === 'ilo_indicators') return t('operations.stats.area.ilo');
  if (code === 'other') return t('operations.stats.area.other');
  return code;
}
