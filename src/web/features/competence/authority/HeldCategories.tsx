/** The kinds of information an authority holds, each with the provisions that keep it secret. */
import { useLocale, useT } from '../../../i18n/I18nProvider.tsx';
import type { DataCategory } from '../competence.types.ts';
import { LegalBasisList } from '../shared/LegalBasisList.tsx';

export function HeldCategories({ categories }: { categories: DataCategory[] }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <section className="panel" aria-labelledby="authority-holds">
      <h2 id="authority-holds" className="competence-h2">
        {t('competence.authority.holds')}
      </h2>
      {categories.length === 0 && <p>{t('competence.authority.holdsNone')}</p>}
      <ul className="competence-items">
        {categories.map((category) => (
          <li key={category.code} className="competence-item">
            <p className="competence-item__title">
              {category.name[locale]}
              {category.publicity && (
                <span className="status-badge status-badge--public">{t('competence.mode.public')}</span>
              )}
            </p>
            <p className="competence-item__description">{category.description[locale]}</p>
            {category.secrecyBasis.length > 0 && (
              <>
                <p className="competence-item__label">{t('competence.authority.secrecy')}</p>
                <LegalBasisList bases={category.secrecyBasis} compact />
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
