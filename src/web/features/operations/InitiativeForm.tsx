/**
 * Uusi valvonta-aloite: the need for supervision, observations and analysis, issue areas, sectors,
 * municipalities, the data categories it carries, its classification, and register records the user
 * can see as its evidence. Started from an annual-clock item when `clockItemId` is given.
 */
import { type FormEvent, useState } from 'react';
import {
  Button,
  Checkbox,
  CheckboxGroup,
  InlineAlert,
  Paragraph,
  RadioButton,
  RadioButtonGroup,
  Textarea,
  TextInput,
} from 'suomifi-ui-components';
import { useMe } from '../../app/session.tsx';
import { useApiData } from '../../app/useApiData.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { SectionHeading } from '../../components/SectionHeading.tsx';
import { useLocale, useT } from '../../i18n/I18nProvider.tsx';
import { CLASSIFICATIONS, classificationLabel, kindLabel } from '../records/labels.ts';
import { recordsApi } from '../records/records.api.ts';
import { useRecordsConfig } from '../records/useRecordsConfig.ts';
import { IssueAreaPicker, MunicipalitiesField, parseList, SectorPicker } from './FormParts.tsx';
import { operationsApi } from './operations.api.ts';
import type { Classification, ClockItem, Initiative, IssueArea } from './operations.types.ts';

const loadRecords = (signal: AbortSignal) => recordsApi.list(null, signal);

type Field = 'title' | 'need' | 'issueAreas' | 'secrecyBasis';

export function InitiativeForm({
  clockItem,
  onCancel,
  onSaved,
}: {
  clockItem: ClockItem | null;
  onCancel: () => void;
  onSaved: (initiative: Initiative) => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const me = useMe();
  const config = useRecordsConfig();
  const records = useApiData(loadRecords);
  const [title, setTitle] = useState(clockItem?.title ?? '');
  const [need, setNeed] = useState('');
  const [observations, setObservations] = useState('');
  const [analysis, setAnalysis] = useState('');
  const [issueAreas, setIssueAreas] = useState<IssueArea[]>([]);
  const [sectors, setSectors] = useState<string[]>(clockItem?.sectors ?? []);
  const [municipalities, setMunicipalities] = useState('');
  const [categories, setCategories] = useState<string[]>([]);
  const [classification, setClassification] = useState<Classification>('restricted');
  const [secrecyBasis, setSecrecyBasis] = useState('');
  const [recordIds, setRecordIds] = useState<string[]>([]);
  const [invalid, setInvalid] = useState<Field[]>([]);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const held = (config.data?.categories ?? []).filter((c) => c.holder.includes(me.authority.code));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: Field[] = [];
    if (!title.trim()) missing.push('title');
    if (!need.trim()) missing.push('need');
    if (issueAreas.length === 0) missing.push('issueAreas');
    if (classification !== 'public' && !secrecyBasis.trim()) missing.push('secrecyBasis');
    setInvalid(missing);
    if (missing[0]) {
      const element = document.getElementById(`initiative-${missing[0]}`);
      (element?.matches('input, textarea') ? element : element?.querySelector('input'))?.focus();
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const saved = await operationsApi.createInitiative({
        title: title.trim(),
        need: need.trim(),
        observations: observations.trim(),
        analysis: analysis.trim(),
        issueAreas,
        sectors,
        municipalities: parseList(municipalities),
        categories,
        classification,
        ...(classification !== 'public' && { secrecyBasis: secrecyBasis.trim() }),
        recordIds,
        ...(clockItem && { clockItemId: clockItem.id }),
      });
      onSaved(saved);
    } catch (reason) {
      setError(reason);
      setSaving(false);
    }
  };

  const required = (field: Field) =>
    invalid.includes(field) ? { status: 'error' as const, statusText: t('operations.form.required') } : {};

  return (
    <form className="panel ops-form" noValidate onSubmit={submit} aria-labelledby="initiative-form-heading">
      <SectionHeading id="initiative-form-heading">{t('operations.initiative.new')}</SectionHeading>
      {clockItem && <Paragraph>{t('operations.initiative.fromClock', { title: clockItem.title })}</Paragraph>}
      {invalid.length > 0 && (
        <InlineAlert status="error" className="ops-form__alert">
          {t('operations.form.checkFields', { count: invalid.length })}
        </InlineAlert>
      )}
      <TextInput
        id="initiative-title"
        labelText={t('operations.input.title')}
        value={title}
        onChange={(v) => setTitle(String(v ?? ''))}
        fullWidth
        {...required('title')}
      />
      <Textarea
        id="initiative-need"
        labelText={t('operations.initiative.need')}
        hintText={t('operations.initiative.needHint')}
        value={need}
        onChange={(e) => setNeed(e.target.value)}
        fullWidth
        resize="vertical"
        {...required('need')}
      />
      <Textarea
        labelText={t('operations.initiative.observations')}
        optionalText={t('operations.optional')}
        value={observations}
        onChange={(e) => setObservations(e.target.value)}
        fullWidth
        resize="vertical"
      />
      <Textarea
        labelText={t('operations.initiative.analysis')}
        optionalText={t('operations.optional')}
        value={analysis}
        onChange={(e) => setAnalysis(e.target.value)}
        fullWidth
        resize="vertical"
      />
      <IssueAreaPicker
        id="initiative-issueAreas"
        value={issueAreas}
        onChange={setIssueAreas}
        errorText={invalid.includes('issueAreas') ? t('operations.form.chooseIssue') : undefined}
      />
      <SectorPicker id="initiative-sectors" value={sectors} onChange={setSectors} />
      <MunicipalitiesField
        id="initiative-municipalities"
        value={municipalities}
        onChange={setMunicipalities}
      />
      {held.length > 0 && (
        <CheckboxGroup
          className="ops-checks"
          labelText={t('operations.initiative.categories')}
          groupHintText={t('operations.initiative.categoriesHint')}
        >
          {held.map((category) => (
            <Checkbox
              key={category.code}
              checked={categories.includes(category.code)}
              onClick={({ checkboxState }) =>
                setCategories((list) =>
                  checkboxState ? [...list, category.code] : list.filter((c) => c !== category.code),
                )
              }
            >
              {category.name[locale]}
            </Checkbox>
          ))}
        </CheckboxGroup>
      )}
      <RadioButtonGroup
        name="initiative-classification"
        labelText={t('operations.initiative.classification')}
        value={classification}
        onChange={(value) => setClassification(value as Classification)}
      >
        {CLASSIFICATIONS.map((code) => (
          <RadioButton key={code} value={code}>
            {classificationLabel(t, code)}
          </RadioButton>
        ))}
      </RadioButtonGroup>
      {classification !== 'public' && (
        <TextInput
          id="initiative-secrecyBasis"
          labelText={t('records.field.secrecyBasis')}
          hintText={t('records.field.secrecyBasisHint')}
          value={secrecyBasis}
          onChange={(value) => setSecrecyBasis(String(value ?? ''))}
          fullWidth
          {...(invalid.includes('secrecyBasis') && {
            status: 'error' as const,
            statusText: t('records.form.error.secrecyBasis'),
          })}
        />
      )}
      {records.error !== null && <ErrorAlert error={records.error} onRetry={records.reload} />}
      {records.data && records.data.length > 0 && (
        <CheckboxGroup
          className="ops-checks ops-checks--single"
          labelText={t('operations.initiative.records')}
          groupHintText={t('operations.initiative.recordsHint')}
        >
          {records.data.map((record) => (
            <Checkbox
              key={record.id}
              checked={recordIds.includes(record.id)}
              hintText={kindLabel(t, record.kind)}
              onClick={({ checkboxState }) =>
                setRecordIds((list) =>
                  checkboxState ? [...list, record.id] : list.filter((id) => id !== record.id),
                )
              }
            >
              {record.title}
            </Checkbox>
          ))}
        </CheckboxGroup>
      )}
      {error !== null && <ErrorAlert error={error} />}
      <div className="ops-form__actions">
        <Button type="submit" disabled={saving}>
          {saving ? t('operations.form.saving') : t('operations.initiative.save')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('operations.form.cancel')}
        </Button>
      </div>
    </form>
  );
}
