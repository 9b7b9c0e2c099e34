/**
 * Form pieces the operations pages share: a native date (or date-time) field with its label, the
 * issue-area and sector pickers, and a comma-separated list field (municipalities).
 */
import { Checkbox, CheckboxGroup, Label, TextInput } from 'suomifi-ui-components';
import { useT } from '../../i18n/I18nProvider.tsx';
import { ISSUE_AREA_CODES, ISSUE_LABEL } from '../competence/issues.ts';
import { SECTORS, sectorLabel } from '../worker-content/labels.ts';
import type { IssueArea } from './operations.types.ts';

interface DateFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** `datetime-local` for the meeting time. */
  type?: 'date' | 'datetime-local';
  optionalText?: string;
  required?: boolean;
  invalid?: boolean;
}

export function DateField({
  id,
  label,
  value,
  onChange,
  type = 'date',
  optionalText,
  required,
  invalid,
}: DateFieldProps) {
  return (
    <div className="ops-date">
      <Label htmlFor={id} optionalText={optionalText}>
        {label}
      </Label>
      <input
        id={id}
        className="ops-date__input"
        type={type}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        required={required}
        aria-invalid={invalid || undefined}
      />
    </div>
  );
}

function toggle<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? [...new Set([...list, value])] : list.filter((item) => item !== value);
}

export function IssueAreaPicker({
  id,
  value,
  onChange,
  errorText,
}: {
  id: string;
  value: IssueArea[];
  onChange: (value: IssueArea[]) => void;
  errorText?: string;
}) {
  const t = useT();
  return (
    <CheckboxGroup
      id={id}
      className="ops-checks"
      labelText={t('operations.input.issueAreas')}
      groupHintText={t('operations.input.issueAreasHint')}
      groupStatus={errorText ? 'error' : 'default'}
      groupStatusText={errorText}
    >
      {ISSUE_AREA_CODES.map((area) => (
        <Checkbox
          key={area}
          checked={value.includes(area)}
          onClick={({ checkboxState }) => onChange(toggle(value, area, checkboxState))}
        >
          {t(ISSUE_LABEL[area])}
        </Checkbox>
      ))}
    </CheckboxGroup>
  );
}

export function SectorPicker({
  id,
  value,
  onChange,
}: {
  id: string;
  value: string[];
  onChange: (value: string[]) => void;
}) {
  const t = useT();
  return (
    <CheckboxGroup id={id} className="ops-checks" labelText={t('operations.input.sectors')}>
      {SECTORS.map((sector) => (
        <Checkbox
          key={sector}
          checked={value.includes(sector)}
          onClick={({ checkboxState }) => onChange(toggle(value, sector, checkboxState))}
        >
          {sectorLabel(t, sector)}
        </Checkbox>
      ))}
    </CheckboxGroup>
  );
}

/** "Vantaa, Sipoo ,, Kerava" → ["Vantaa", "Sipoo", "Kerava"] */
export function parseList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
    ),
  ];
}

export function MunicipalitiesField({
  id,
  value,
  onChange,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const t = useT();
  return (
    <TextInput
      id={id}
      labelText={t('operations.input.municipalities')}
      hintText={t('operations.input.municipalitiesHint')}
      optionalText={t('operations.optional')}
      value={value}
      onChange={(next) => onChange(String(next ?? ''))}
      fullWidth
    />
  );
}

/** Words for a list of sector codes. */
export function useSectorNames(): (sectors: readonly string[]) => string {
  const t = useT();
  return (sectors) => sectors.map((sector) => sectorLabel(t, sector)).join(', ');
}
