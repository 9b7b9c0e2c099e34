/**
 * The lead's plan editor: the joint sections, and per selected target its place in the visiting order,
 * its action plan and interpretation languages (suggested from the workers the lead may see). Saving
 * writes a new version; "pre-fill again" reloads the server's pre-fill from the meeting's decisions and
 * the competence map.
 */
import { useState } from 'react';
import { Button, Textarea, TextInput } from 'suomifi-ui-components';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useLocale, useT } from '../../../i18n/I18nProvider.tsx';
import { useOperationContext } from '../useOperation.ts';
import { type Plan, planApi, type SavePlan } from './plan.api.ts';
import { useLanguageName } from './useLanguageName.ts';

const SECTIONS = [
  'goal',
  'organisation',
  'responsibilities',
  'occupational_safety',
  'interpretation',
] as const;

interface Row {
  operationTargetId: string;
  name: string;
  actionPlan: string;
  languages: string;
  suggested: string;
}

const toCodes = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((c) => c.trim().toLowerCase())
    .filter(Boolean);

export function PlanEditor({
  plan,
  onSaved,
  onCancel,
}: {
  plan: Plan;
  onSaved: (version: number) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const { operation } = useOperationContext();
  const language = useLanguageName();
  const [sections, setSections] = useState<SavePlan['sections']>({ ...plan.sections });
  const [rows, setRows] = useState<Row[]>(() =>
    plan.targets.map((c) => ({
      operationTargetId: c.operationTargetId,
      name: c.hidden ? t('operations.plan.hiddenTarget') : (c.name ?? ''),
      actionPlan: c.actionPlan,
      languages: c.interpretation.join(', '),
      suggested: c.suggestedLanguages
        .map((l) => `${language(l.language)} – ${l.language} (${l.persons})`)
        .join(', '),
    })),
  );
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const move = (i: number, by: number) =>
    setRows((list) => {
      const next = [...list];
      const [row] = next.splice(i, 1);
      next.splice(i + by, 0, row!);
      return next;
    });
  const update = (i: number, change: Partial<Row>) =>
    setRows((list) => list.map((r, j) => (j === i ? { ...r, ...change } : r)));

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const saved = await planApi.save(operation.id, {
        sections,
        categories: plan.categories,
        targets: rows.map((r) => ({
          operationTargetId: r.operationTargetId,
          actionPlan: r.actionPlan,
          interpretation: toCodes(r.languages),
        })),
      });
      onSaved(saved.version);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const prefill = async () => {
    setError(null);
    try {
      const fresh = await planApi.prefill(operation.id, locale);
      setSections(fresh.sections);
      setRows((list) =>
        list.map((r) => {
          const f = fresh.targets.find((x) => x.operationTargetId === r.operationTargetId);
          return f ? { ...r, actionPlan: f.actionPlan, languages: f.interpretation.join(', ') } : r;
        }),
      );
    } catch (e) {
      setError(e);
    }
  };

  return (
    <form
      className="plan-editor panel ops-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      {SECTIONS.map((key) => (
        <Textarea
          key={key}
          labelText={t(`operations.plan.section.${key}`)}
          value={sections[key]}
          rows={key === 'goal' ? 3 : 8}
          fullWidth
          onChange={(event) => setSections((s) => ({ ...s, [key]: event.target.value }))}
        />
      ))}
      <fieldset className="plan-editor__targets">
        <legend>{t('operations.plan.section.actions')}</legend>
        <ol>
          {rows.map((r, i) => (
            <li key={r.operationTargetId} className="plan-editor__target">
              <p className="plan-editor__name">{`${i + 1}. ${r.name}`}</p>
              <div className="plan-editor__order">
                <Button
                  variant="secondaryNoBorder"
                  disabled={i === 0}
                  aria-label={t('operations.plan.card.up', { name: r.name })}
                  onClick={() => move(i, -1)}
                >
                  ↑
                </Button>
                <Button
                  variant="secondaryNoBorder"
                  disabled={i === rows.length - 1}
                  aria-label={t('operations.plan.card.down', { name: r.name })}
                  onClick={() => move(i, 1)}
                >
                  ↓
                </Button>
              </div>
              <Textarea
                labelText={t('operations.plan.card.actionPlan')}
                value={r.actionPlan}
                rows={4}
                fullWidth
                onChange={(event) => update(i, { actionPlan: event.target.value })}
              />
              <TextInput
                labelText={t('operations.plan.card.languages')}
                hintText={
                  r.suggested
                    ? t('operations.plan.card.suggested', { list: r.suggested })
                    : t('operations.plan.card.languagesHint')
                }
                value={r.languages}
                onChange={(value) => update(i, { languages: String(value ?? '') })}
              />
            </li>
          ))}
        </ol>
      </fieldset>
      {error !== null && <ErrorAlert error={error} />}
      <div className="ops-form__actions">
        <Button type="submit" disabled={busy}>
          {t('operations.plan.save')}
        </Button>
        <Button variant="secondary" onClick={() => void prefill()}>
          {t('operations.plan.prefill')}
        </Button>
        <Button variant="secondaryNoBorder" onClick={onCancel}>
          {t('operations.plan.cancel')}
        </Button>
      </div>
    </form>
  );
}
