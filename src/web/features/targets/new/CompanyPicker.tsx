/**
 * Yritys, on the new-worksite form: find the worksite's company by name or business ID (the register
 * search, so only companies the user may see) and pick one; the worksite is then created linked to
 * it. Searched a moment after typing stops; the count is announced politely. Optional.
 */
import { useEffect, useState } from 'react';
import { Button, InlineAlert, TextInput } from 'suomifi-ui-components';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useT } from '../../../i18n/I18nProvider.tsx';
import { targetsApi } from '../targets.api.ts';
import { companyChoices, PICKER_LIMIT, type PickedCompany, pickerQuery } from './companyPicker.ts';

const WAIT_MS = 400;

const summary = (company: PickedCompany) =>
  [company.name, company.businessId, company.municipality].filter(Boolean).join(' · ');

interface CompanyPickerProps {
  value: PickedCompany | null;
  onChange: (company: PickedCompany | null) => void;
  /** The server refused the picked company (gone, or no longer visible). */
  invalid: boolean;
}

export function CompanyPicker({ value, onChange, invalid }: CompanyPickerProps) {
  const t = useT();
  const [text, setText] = useState('');
  const [choices, setChoices] = useState<PickedCompany[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const q = value ? null : pickerQuery(text);

  useEffect(() => {
    setChoices(null);
    setError(null);
    if (q === null) return;
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      targetsApi.companies(q, PICKER_LIMIT, controller.signal).then(
        (result) => setChoices(companyChoices(result.items)),
        (reason) => {
          if (!controller.signal.aborted) setError(reason);
        },
      );
    }, WAIT_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [q]);

  if (value) {
    return (
      <div className="company-picker">
        <p className="company-picker__chosen">
          <span role="status">{t('targets.picker.chosen', { name: summary(value) })}</span>
          <Button variant="secondary" onClick={() => onChange(null)}>
            {t('targets.picker.change')}
          </Button>
        </p>
        {invalid && <InlineAlert status="error">{t('targets.picker.refused')}</InlineAlert>}
      </div>
    );
  }

  return (
    <div className="company-picker">
      <TextInput
        labelText={t('targets.field.company')}
        hintText={t('targets.picker.hint')}
        optionalText={t('targets.new.optional')}
        value={text}
        onChange={(next) => setText(String(next ?? ''))}
        fullWidth
      />
      <p className="match__status" aria-live="polite">
        {q === null
          ? ''
          : choices === null
            ? error === null
              ? t('targets.picker.searching')
              : ''
            : choices.length === 0
              ? t('targets.picker.none')
              : t('targets.picker.found', { count: choices.length })}
      </p>
      {error !== null && <ErrorAlert error={error} />}
      {choices && choices.length > 0 && (
        <ul className="match__list" aria-label={t('targets.picker.results')}>
          {choices.map((company) => (
            <li key={company.id} className="match__item merge-candidate">
              <span>
                {company.name}
                <span className="match__meta">
                  {[company.businessId, company.municipality].filter(Boolean).join(' · ')}
                </span>
              </span>
              <Button variant="secondary" onClick={() => onChange(company)}>
                {t('targets.picker.choose', { name: company.name })}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
