/**
 * The lead's indicator weights for this operation, grouped as in the library: a slider and a number
 * field per indicator (0 turns it off), each labelled with the indicator, its source and its default.
 * Folded away by default; saving reorders the shortlist at once (weights apply at query time).
 */
import { useEffect, useId, useState } from 'react';
import { Button } from 'suomifi-ui-components';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useLocale, useT } from '../../../i18n/I18nProvider.tsx';
import { GROUPS, groupLabel } from './labels.ts';
import { type IndicatorInfo, type IndicatorLibrary, selectionApi } from './selection.api.ts';

interface Props {
  operationId: string;
  library: IndicatorLibrary;
  weights: Record<string, number>;
  onSaved: () => void;
}

const valid = (v: string) =>
  v.trim() !== '' && Number.isFinite(Number(v)) && Number(v) >= 0 && Number(v) <= 100;

function WeightField({
  indicator,
  value,
  onChange,
}: {
  indicator: IndicatorInfo;
  value: string;
  onChange: (v: string) => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const id = useId();
  const ok = valid(value);
  return (
    <div className="selection-weight">
      <label htmlFor={id} className="selection-weight__label">
        {indicator.title[locale]}
        <span className="selection-card__meta">
          {' '}
          {t('operations.selection.weights.default', { weight: indicator.defaultWeight })} ·{' '}
          {indicator.source}
          {indicator.unverified && ` · ${t('operations.selection.explanation.unverified')}`}
        </span>
      </label>
      <div className="selection-weight__inputs">
        <input
          type="range"
          min={0}
          max={100}
          step={1}
          value={ok ? Number(value) : 0}
          aria-label={indicator.title[locale]}
          onChange={(e) => onChange(e.target.value)}
        />
        <input
          id={id}
          className="selection-weight__number"
          type="number"
          inputMode="decimal"
          min={0}
          max={100}
          value={value}
          aria-invalid={!ok}
          aria-describedby={ok ? undefined : `${id}-error`}
          onChange={(e) => onChange(e.target.value)}
        />
      </div>
      {!ok && (
        <span id={`${id}-error`} className="selection-weight__error">
          {t('operations.selection.weights.invalid')}
        </span>
      )}
    </div>
  );
}

export function WeightsForm({ operationId, library, weights, onSaved }: Props) {
  const t = useT();
  const toText = (w: Record<string, number>) =>
    Object.fromEntries(library.indicators.map((i) => [i.code, String(w[i.code] ?? i.defaultWeight)]));
  const [values, setValues] = useState<Record<string, string>>(() => toText(weights));
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset the fields when the stored weights change
  useEffect(() => setValues(toText(weights)), [weights]);

  const allValid = Object.values(values).every(valid);
  const save = async () => {
    if (!allValid) return;
    setSaving(true);
    setSaved(false);
    setError(null);
    try {
      // Only weights that differ from the default are stored: a later default change still applies.
      const custom = Object.fromEntries(
        library.indicators
          .filter((i) => Number(values[i.code]) !== i.defaultWeight)
          .map((i) => [i.code, Number(values[i.code])]),
      );
      await selectionApi.putWeights(operationId, custom);
      setSaved(true);
      onSaved();
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <details className="selection-details selection-weights">
      <summary>{t('operations.selection.weights.title')}</summary>
      <p className="selection__meta">{t('operations.selection.weights.intro')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        {GROUPS.map((group) => (
          <fieldset key={group} className="selection-weights__group">
            <legend>{groupLabel(t, group)}</legend>
            {library.indicators
              .filter((i) => i.group === group)
              .map((i) => (
                <WeightField
                  key={i.code}
                  indicator={i}
                  value={values[i.code] ?? ''}
                  onChange={(v) => {
                    setSaved(false);
                    setValues((old) => ({ ...old, [i.code]: v }));
                  }}
                />
              ))}
          </fieldset>
        ))}
        {error !== null && <ErrorAlert error={error} />}
        {saved && (
          <p role="status" className="selection__meta">
            {t('operations.selection.weights.saved')}
          </p>
        )}
        <div className="selection-actions">
          <Button type="submit" disabled={saving || !allValid}>
            {t('operations.selection.weights.save')}
          </Button>
          <Button type="button" variant="secondaryNoBorder" onClick={() => setValues(toText({}))}>
            {t('operations.selection.weights.reset')}
          </Button>
        </div>
      </form>
    </details>
  );
}
