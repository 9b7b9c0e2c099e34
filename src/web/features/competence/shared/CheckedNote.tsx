/** When the statute texts behind the map were read, and what that leaves to check. */
import { useFormat } from '../../../i18n/format.ts';
import { useLocale, useT } from '../../../i18n/I18nProvider.tsx';
import type { CompetenceConfig } from '../competence.types.ts';

export function CheckedNote({ config }: { config: CompetenceConfig }) {
  const t = useT();
  const { locale } = useLocale();
  const format = useFormat();
  if (!config.lawTextsAsOf) return null;
  return (
    <p className="checked-note">
      <strong>{t('competence.sources')}</strong>{' '}
      {config.lawTextsAsOf.note[locale] ||
        t('competence.lawTextsAsOf', { date: format.date(config.lawTextsAsOf.date) })}
    </p>
  );
}
