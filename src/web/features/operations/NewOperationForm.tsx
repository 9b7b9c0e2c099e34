/**
 * Uusi yhteisvalvonta (operation leads only): title, issue areas, sectors, municipalities, goal and
 * dates, optionally started from a supervision initiative or an annual-clock item — choosing one fills
 * the form from it. On success the operation's page opens with the agenda already filled in.
 */
import { type FormEvent, useEffect, useState } from 'react';
import { Button, Dropdown, DropdownItem, InlineAlert, Textarea, TextInput } from 'suomifi-ui-components';
import { navigate } from '../../app/router.ts';
import { useApiData } from '../../app/useApiData.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { SectionHeading } from '../../components/SectionHeading.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';
import { DateField, IssueAreaPicker, MunicipalitiesField, parseList, SectorPicker } from './FormParts.tsx';
import { operationsApi } from './operations.api.ts';
import { operationPath } from './operations.routes.ts';
import type { ClockItem, Initiative, IssueArea, NewOperation } from './operations.types.ts';

const NONE = 'none';

interface Sources {
  initiatives: Initiative[];
  clock: ClockItem[];
}

const loadSources = async (signal: AbortSignal): Promise<Sources> => {
  const year = new Date().getFullYear();
  const [initiatives, thisYear, nextYear] = await Promise.all([
    operationsApi.initiatives(signal),
    operationsApi.clock(year, signal),
    operationsApi.clock(year + 1, signal),
  ]);
  const clock = [...thisYear, ...nextYear.filter((item) => !thisYear.some((i) => i.id === item.id))];
  return { initiatives: initiatives.filter((i) => i.status === 'open'), clock };
};

interface Values {
  title: string;
  initiativeId: string;
  clockItemId: string;
  issueAreas: IssueArea[];
  sectors: string[];
  municipalities: string;
  goal: string;
  startsOn: string;
  endsOn: string;
}

export function NewOperationForm({
  prefill,
  onCancel,
}: {
  prefill: { initiativeId?: string; clockItemId?: string };
  onCancel: () => void;
}) {
  const t = useT();
  const sources = useApiData(loadSources);
  const [values, setValues] = useState<Values>({
    title: '',
    initiativeId: prefill.initiativeId ?? NONE,
    clockItemId: prefill.clockItemId ?? NONE,
    issueAreas: [],
    sectors: [],
    municipalities: '',
    goal: '',
    startsOn: '',
    endsOn: '',
  });
  const [invalid, setInvalid] = useState<('title' | 'issueAreas')[]>([]);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const set = (next: Partial<Values>) => setValues((previous) => ({ ...previous, ...next }));

  const fromInitiative = (id: string) => {
    const initiative = sources.data?.initiatives.find((i) => i.id === id);
    set({
      initiativeId: id,
      ...(initiative && {
        title: initiative.title,
        issueAreas: initiative.issueAreas,
        sectors: initiative.sectors,
        municipalities: initiative.municipalities.join(', '),
        clockItemId: initiative.clockItemId ?? values.clockItemId,
      }),
    });
  };
  const fromClockItem = (id: string) => {
    const item = sources.data?.clock.find((i) => i.id === id);
    set({
      clockItemId: id,
      ...(item && {
        title: values.title || item.title,
        sectors: values.sectors.length > 0 ? values.sectors : item.sectors,
        startsOn: item.startsOn,
        endsOn: item.endsOn,
      }),
    });
  };

  // A link from an initiative or a clock item fills the form once its data is here.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the sources arrive
  useEffect(() => {
    if (!sources.data) return;
    if (prefill.initiativeId) fromInitiative(prefill.initiativeId);
    else if (prefill.clockItemId) fromClockItem(prefill.clockItemId);
  }, [sources.data]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = [
      ...(values.title.trim() ? [] : (['title'] as const)),
      ...(values.issueAreas.length > 0 ? [] : (['issueAreas'] as const)),
    ];
    setInvalid(missing);
    if (missing.length > 0) {
      document.getElementById(`new-op-${missing[0]}`)?.querySelector<HTMLElement>('input')?.focus();
      document.getElementById(`new-op-${missing[0]}`)?.focus();
      return;
    }
    const body: NewOperation = {
      title: values.title.trim(),
      issueAreas: values.issueAreas,
      sectors: values.sectors,
      municipalities: parseList(values.municipalities),
      ...(values.goal.trim() && { goal: values.goal.trim() }),
      ...(values.startsOn && { startsOn: values.startsOn }),
      ...(values.endsOn && { endsOn: values.endsOn }),
      ...(values.initiativeId !== NONE && { initiativeId: values.initiativeId }),
      ...(values.clockItemId !== NONE && { clockItemId: values.clockItemId }),
    };
    setSaving(true);
    setError(null);
    try {
      const created = await operationsApi.create(body);
      navigate(operationPath(created.id));
    } catch (reason) {
      setError(reason);
      setSaving(false);
    }
  };

  return (
    <form className="panel ops-form" noValidate onSubmit={submit} aria-labelledby="new-op-heading">
      <SectionHeading id="new-op-heading">{t('operations.new.title')}</SectionHeading>
      {invalid.length > 0 && (
        <InlineAlert status="error" className="ops-form__alert">
          {t('operations.form.checkFields', { count: invalid.length })}
        </InlineAlert>
      )}
      {sources.error !== null && <ErrorAlert error={sources.error} onRetry={sources.reload} />}
      <Dropdown
        labelText={t('operations.new.fromInitiative')}
        value={values.initiativeId}
        onChange={fromInitiative}
        fullWidth
      >
        {[
          <DropdownItem key={NONE} value={NONE}>
            {t('operations.new.noSource')}
          </DropdownItem>,
          ...(sources.data?.initiatives ?? []).map((initiative) => (
            <DropdownItem key={initiative.id} value={initiative.id}>
              {initiative.title}
            </DropdownItem>
          )),
        ]}
      </Dropdown>
      <Dropdown
        labelText={t('operations.new.fromClock')}
        value={values.clockItemId}
        onChange={fromClockItem}
        fullWidth
      >
        {[
          <DropdownItem key={NONE} value={NONE}>
            {t('operations.new.noSource')}
          </DropdownItem>,
          ...(sources.data?.clock ?? []).map((item) => (
            <DropdownItem key={item.id} value={item.id}>
              {`${item.title} (${item.startsOn.slice(0, 4)})`}
            </DropdownItem>
          )),
        ]}
      </Dropdown>
      <TextInput
        id="new-op-title"
        labelText={t('operations.input.title')}
        value={values.title}
        onChange={(value) => set({ title: String(value ?? '') })}
        fullWidth
        {...(invalid.includes('title') && { status: 'error', statusText: t('operations.form.required') })}
      />
      <IssueAreaPicker
        id="new-op-issueAreas"
        value={values.issueAreas}
        onChange={(issueAreas) => set({ issueAreas })}
        errorText={invalid.includes('issueAreas') ? t('operations.form.chooseIssue') : undefined}
      />
      <SectorPicker id="new-op-sectors" value={values.sectors} onChange={(sectors) => set({ sectors })} />
      <MunicipalitiesField
        id="new-op-municipalities"
        value={values.municipalities}
        onChange={(municipalities) => set({ municipalities })}
      />
      <Textarea
        id="new-op-goal"
        labelText={t('operations.input.goal')}
        optionalText={t('operations.optional')}
        value={values.goal}
        onChange={(event) => set({ goal: event.target.value })}
        fullWidth
        resize="vertical"
      />
      <div className="ops-form__dates">
        <DateField
          id="new-op-starts"
          label={t('operations.input.startsOn')}
          optionalText={t('operations.optional')}
          value={values.startsOn}
          onChange={(startsOn) => set({ startsOn })}
        />
        <DateField
          id="new-op-ends"
          label={t('operations.input.endsOn')}
          optionalText={t('operations.optional')}
          value={values.endsOn}
          onChange={(endsOn) => set({ endsOn })}
        />
      </div>
      {error !== null && <ErrorAlert error={error} />}
      <div className="ops-form__actions">
        <Button type="submit" disabled={saving}>
          {saving ? t('operations.form.saving') : t('operations.new.submit')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('operations.form.cancel')}
        </Button>
      </div>
    </form>
  );
}
