/** A new item on the annual clock: kind, title, dates, yearly or once, sectors, description and source. */
import { type FormEvent, useState } from 'react';
import {
  Button,
  Checkbox,
  InlineAlert,
  RadioButton,
  RadioButtonGroup,
  Textarea,
  TextInput,
} from 'suomifi-ui-components';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { SectionHeading } from '../../components/SectionHeading.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';
import { DateField, SectorPicker } from './FormParts.tsx';
import { CLOCK_KIND_LABEL, CLOCK_KINDS } from './labels.ts';
import { operationsApi } from './operations.api.ts';
import type { ClockItem, ClockItemKind } from './operations.types.ts';

type Field = 'title' | 'startsOn' | 'endsOn';

export function ClockItemForm({
  onCancel,
  onSaved,
}: {
  onCancel: () => void;
  onSaved: (item: ClockItem) => void;
}) {
  const t = useT();
  const [kind, setKind] = useState<ClockItemKind>('theme_inspection');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [sectors, setSectors] = useState<string[]>([]);
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [yearly, setYearly] = useState(false);
  const [source, setSource] = useState('');
  const [invalid, setInvalid] = useState<Field[]>([]);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: Field[] = [];
    if (!title.trim()) missing.push('title');
    if (!startsOn) missing.push('startsOn');
    if (!endsOn || (startsOn && endsOn < startsOn)) missing.push('endsOn');
    setInvalid(missing);
    if (missing[0]) {
      document.getElementById(`clock-${missing[0]}`)?.focus();
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const item = await operationsApi.createClockItem({
        kind,
        title: title.trim(),
        startsOn,
        endsOn,
        recurring: yearly ? 'yearly' : 'once',
        sectors,
        ...(description.trim() && { description: description.trim() }),
        ...(source.trim() && { source: source.trim() }),
      });
      onSaved(item);
    } catch (reason) {
      setError(reason);
      setSaving(false);
    }
  };

  return (
    <form className="panel ops-form" noValidate onSubmit={submit} aria-labelledby="clock-form-heading">
      <SectionHeading id="clock-form-heading">{t('operations.clock.addTitle')}</SectionHeading>
      {invalid.length > 0 && (
        <InlineAlert status="error" className="ops-form__alert">
          {t('operations.form.checkFields', { count: invalid.length })}
        </InlineAlert>
      )}
      <RadioButtonGroup
        name="clock-kind"
        labelText={t('operations.clock.kind')}
        value={kind}
        onChange={(value) => setKind(value as ClockItemKind)}
      >
        {CLOCK_KINDS.map((code) => (
          <RadioButton key={code} value={code}>
            {t(CLOCK_KIND_LABEL[code])}
          </RadioButton>
        ))}
      </RadioButtonGroup>
      <TextInput
        id="clock-title"
        labelText={t('operations.input.title')}
        value={title}
        onChange={(value) => setTitle(String(value ?? ''))}
        fullWidth
        {...(invalid.includes('title') && { status: 'error', statusText: t('operations.form.required') })}
      />
      <div className="ops-form__dates">
        <DateField
          id="clock-startsOn"
          label={t('operations.input.startsOn')}
          value={startsOn}
          onChange={setStartsOn}
          required
          invalid={invalid.includes('startsOn')}
        />
        <DateField
          id="clock-endsOn"
          label={t('operations.input.endsOn')}
          value={endsOn}
          onChange={setEndsOn}
          required
          invalid={invalid.includes('endsOn')}
        />
      </div>
      {(invalid.includes('startsOn') || invalid.includes('endsOn')) && (
        <p className="ops-error" role="alert">
          {t('operations.form.dates')}
        </p>
      )}
      <Checkbox
        checked={yearly}
        onClick={({ checkboxState }) => setYearly(checkboxState)}
        hintText={t('operations.clock.yearlyHint')}
      >
        {t('operations.clock.yearly')}
      </Checkbox>
      <SectorPicker id="clock-sectors" value={sectors} onChange={setSectors} />
      <Textarea
        labelText={t('operations.input.description')}
        optionalText={t('operations.optional')}
        value={description}
        onChange={(event) => setDescription(event.target.value)}
        fullWidth
        resize="vertical"
      />
      <TextInput
        labelText={t('operations.input.source')}
        hintText={t('operations.input.sourceHint')}
        optionalText={t('operations.optional')}
        value={source}
        onChange={(value) => setSource(String(value ?? ''))}
        fullWidth
      />
      {error !== null && <ErrorAlert error={error} />}
      <div className="ops-form__actions">
        <Button type="submit" disabled={saving}>
          {saving ? t('operations.form.saving') : t('operations.clock.save')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('operations.form.cancel')}
        </Button>
      </div>
    </form>
  );
}
