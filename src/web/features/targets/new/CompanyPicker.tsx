/**
 * Yritys, on the new-worksite form: find the worksite's company by name or business ID (the register
 * search, so only companies the user may see) and pick one; the worksite is then created linked to
 * it. Searched a moment after typing stops; the count is announced politely. Optional.
 */
import { useState } from 'react';
import { Button, InlineAlert, TextInput } from 'suomifi-ui-components';
import { useAskAfterTyping } from '../../../app/useAskAfterTyping.ts';
import { useT } from '../../../i18n/I18nProvider.tsx';
import { PickList } from '../PickList.tsx';
import { targetsApi } from '../targets.api.ts';
import { companyChoices, PICKER_LIMIT, type PickedCompany, pickerQuery } from './companyPicker.ts';

const WAIT_MS = 400;

const findCompanies = (q: string, signal: AbortSignal) =>
  targetsApi.companies(q, PICKER_LIMIT, signal).then((result) => companyChoices(result.items));

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
  const q = value ? null : pickerQuery(text);
  const { answer: choices, error } = useAskAfterTyping(q, findCompanies, { waitMs: WAIT_MS });

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
      <PickList
        items={q === null ? null : choices}
        error={error}
        searching={q === null ? '' : t('targets.picker.searching')}
        none={t('targets.picker.none')}
        found={(count) => t('targets.picker.found', { count })}
        label={t('targets.picker.results')}
        describe={(company) => (
          <span>
            {company.name}
            <span className="match__meta">
              {[company.businessId, company.municipality].filter(Boolean).join(' · ')}
            </span>
          </span>
        )}
        chooseText={(company) => t('targets.picker.choose', { name: company.name })}
        onChoose={onChange}
      />
    </div>
  );
}
