/**
 * What the official must check before disclosing, as ticks that help go through them. The ticks are
 * not saved; they start again when the conditions change.
 */
import { useState } from 'react';
import { Checkbox } from 'suomifi-ui-components';
import type { LocalizedText } from '../../../../contracts/languages.ts';
import { useLocale, useT } from '../../../i18n/I18nProvider.tsx';

export function ConditionChecklist({
  conditions,
  headingId,
}: {
  conditions: LocalizedText[];
  headingId: string;
}) {
  const t = useT();
  const { locale } = useLocale();
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const toggle = (key: string, on: boolean) =>
    setChecked((previous) => {
      const next = new Set(previous);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  return (
    <section className="answer__section" aria-labelledby={headingId}>
      <h3 id={headingId} className="competence-h3">
        {t('competence.answer.conditions')}
      </h3>
      <p className="answer__hint">{t('competence.answer.conditionsHint')}</p>
      <div className="answer__checklist">
        {conditions.map((condition) => (
          <Checkbox
            key={condition.fi}
            checked={checked.has(condition.fi)}
            onClick={({ checkboxState }) => toggle(condition.fi, checkboxState)}
          >
            {condition[locale]}
          </Checkbox>
        ))}
      </div>
      <p className="answer__progress" aria-live="polite">
        {t('competence.answer.checked', { checked: checked.size, total: conditions.length })}
      </p>
    </section>
  );
}
