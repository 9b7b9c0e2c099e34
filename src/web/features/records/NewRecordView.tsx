/**
 * Uusi kirjaus: an observation, tip or analysis owned by the user's authority. The server validates;
 * its 400 answer is shown by the fields it names, and focus moves to the first of them. After saving,
 * the record's page opens (with Silta's proposals of whom to tell).
 */
import { type FormEvent, useEffect, useState } from 'react';
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
import { navigate } from '../../app/router.ts';
import { useMe } from '../../app/session.tsx';
import { AppLink } from '../../components/AppLink.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useLocale, useT } from '../../i18n/I18nProvider.tsx';
import { CLASSIFICATIONS, classificationLabel, kindLabel, RECORD_KINDS } from './labels.ts';
import {
  EMPTY_FORM,
  FIELD_ERROR,
  type FormField,
  type RecordFormValues,
  refusedFields,
  toCreateBody,
} from './recordForm.ts';
import { recordsApi } from './records.api.ts';
import { RECORDS_PATH, recordPath } from './records.routes.ts';
import type { Classification, RecordKind } from './records.types.ts';
import { useRecordsConfig } from './useRecordsConfig.ts';

const fieldId = (field: FormField) => `record-${field}`;

/** Focus the field itself, or the first input of a group. */
function focusField(field: FormField): void {
  const element = document.getElementById(fieldId(field));
  const target = element?.matches('input, textarea') ? element : element?.querySelector('input, textarea');
  (target as HTMLElement | null | undefined)?.focus();
}

export function NewRecordView() {
  const t = useT();
  const { locale } = useLocale();
  const me = useMe();
  const config = useRecordsConfig();
  // Opened from a company's card (`?company=<id>`): the record is about that company.
  const [values, setValues] = useState<RecordFormValues>(() => ({
    ...EMPTY_FORM,
    target: new URLSearchParams(window.location.search).get('company') ?? '',
  }));
  const [allCategories, setAllCategories] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [invalid, setInvalid] = useState<FormField[]>([]);

  useEffect(() => {
    const [first] = invalid;
    if (first) focusField(first);
  }, [invalid]);

  const set = <K extends FormField>(field: K, value: RecordFormValues[K]) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    setInvalid((previous) => previous.filter((f) => f !== field));
  };
  const status = (field: FormField) =>
    invalid.includes(field) ? { status: 'error' as const, statusText: t(FIELD_ERROR[field]) } : {};

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      const record = await recordsApi.create(toCreateBody(values));
      navigate(recordPath(record.id));
    } catch (reason) {
      const fields = refusedFields(reason);
      setInvalid(fields);
      setError(fields.length > 0 ? null : reason);
      setSaving(false);
    }
  };

  const categories = config.data?.categories ?? [];
  const held = categories.filter((c) => c.holder.includes(me.authority.code));
  const shown = allCategories || held.length === 0 ? categories : held;
  const hiddenChosen = values.categories.filter((code) => !shown.some((c) => c.code === code));

  return (
    <>
      <PageHeading>{t('records.form.title')}</PageHeading>
      <Paragraph className="lead">{t('records.form.intro')}</Paragraph>
      {config.loading && <Loading />}
      {config.error !== null && <ErrorAlert error={config.error} onRetry={config.reload} />}
      {config.data && (
        <form className="panel record-form" noValidate onSubmit={submit} aria-label={t('records.form.title')}>
          {invalid.length > 0 && (
            <InlineAlert status="error" className="record-form__alert">
              {t('records.form.checkFields', { count: invalid.length })}
            </InlineAlert>
          )}
          <RadioButtonGroup
            id={fieldId('kind')}
            name="kind"
            labelText={t('records.field.kind')}
            value={values.kind}
            onChange={(value) => set('kind', value as RecordKind)}
            groupStatus={invalid.includes('kind') ? 'error' : 'default'}
            groupStatusText={invalid.includes('kind') ? t(FIELD_ERROR.kind) : undefined}
          >
            {RECORD_KINDS.map((kind) => (
              <RadioButton key={kind} value={kind} hintText={t(`records.kindHint.${kind}`)}>
                {kindLabel(t, kind)}
              </RadioButton>
            ))}
          </RadioButtonGroup>

          <TextInput
            id={fieldId('title')}
            labelText={t('records.field.title')}
            value={values.title}
            onChange={(value) => set('title', String(value ?? ''))}
            fullWidth
            {...status('title')}
          />

          <Textarea
            id={fieldId('body')}
            labelText={t('records.field.body')}
            hintText={t('records.field.bodyHint')}
            value={values.body}
            onChange={(event) => set('body', event.target.value)}
            fullWidth
            resize="vertical"
            {...status('body')}
          />

          <RadioButtonGroup
            id={fieldId('classification')}
            name="classification"
            labelText={t('records.field.classification')}
            value={values.classification}
            onChange={(value) => set('classification', value as Classification)}
            groupStatus={invalid.includes('classification') ? 'error' : 'default'}
            groupStatusText={invalid.includes('classification') ? t(FIELD_ERROR.classification) : undefined}
          >
            {CLASSIFICATIONS.map((classification) => (
              <RadioButton
                key={classification}
                value={classification}
                hintText={t(`records.classificationHint.${classification}`)}
              >
                {classificationLabel(t, classification)}
              </RadioButton>
            ))}
          </RadioButtonGroup>

          {values.classification !== 'public' && (
            <TextInput
              id={fieldId('secrecyBasis')}
              labelText={t('records.field.secrecyBasis')}
              hintText={t('records.field.secrecyBasisHint')}
              value={values.secrecyBasis}
              onChange={(value) => set('secrecyBasis', String(value ?? ''))}
              fullWidth
              {...status('secrecyBasis')}
            />
          )}

          <CheckboxGroup
            id={fieldId('categories')}
            labelText={t('records.field.categories')}
            groupHintText={
              allCategories || held.length === 0
                ? t('records.field.categoriesHintAll')
                : t('records.field.categoriesHint', { authority: me.authority.shortName[locale] })
            }
            groupStatus={invalid.includes('categories') ? 'error' : 'default'}
            groupStatusText={invalid.includes('categories') ? t(FIELD_ERROR.categories) : undefined}
          >
            {[...shown, ...categories.filter((c) => hiddenChosen.includes(c.code))].map((category) => (
              <Checkbox
                key={category.code}
                checked={values.categories.includes(category.code)}
                hintText={category.description[locale]}
                onClick={({ checkboxState }) =>
                  set(
                    'categories',
                    checkboxState
                      ? [...values.categories, category.code]
                      : values.categories.filter((code) => code !== category.code),
                  )
                }
              >
                {category.name[locale]}
              </Checkbox>
            ))}
          </CheckboxGroup>
          {held.length > 0 && held.length < categories.length && (
            <Button
              variant="secondaryNoBorder"
              className="record-form__more"
              aria-expanded={allCategories}
              onClick={() => setAllCategories((on) => !on)}
            >
              {allCategories
                ? t('records.field.fewerCategories')
                : t('records.field.moreCategories', { count: categories.length - held.length })}
            </Button>
          )}

          <Checkbox
            id={fieldId('containsPersonalData')}
            checked={values.containsPersonalData}
            hintText={t('records.field.personalDataHint')}
            onClick={({ checkboxState }) => set('containsPersonalData', checkboxState)}
          >
            {t('records.field.personalData')}
          </Checkbox>

          <TextInput
            id={fieldId('target')}
            labelText={t('records.field.target')}
            hintText={t('records.field.targetHint')}
            optionalText={t('records.optional')}
            value={values.target}
            onChange={(value) => set('target', String(value ?? ''))}
            fullWidth
            {...status('target')}
          />

          {error !== null && <ErrorAlert error={error} />}
          <div className="record-form__actions">
            <Button type="submit" disabled={saving}>
              {saving ? t('records.form.saving') : t('records.form.save')}
            </Button>
            <AppLink href={RECORDS_PATH}>{t('records.form.cancel')}</AppLink>
          </div>
        </form>
      )}
    </>
  );
}
