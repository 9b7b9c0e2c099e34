/** What the colours, abbreviations and marks of the matrix mean. */
import { useT } from '../../../i18n/I18nProvider.tsx';
import { MODE_LOOK, MODE_ORDER } from '../modes.ts';

export function MatrixLegend() {
  const t = useT();
  return (
    <section className="matrix-legend" aria-labelledby="matrix-legend-heading">
      <h2 id="matrix-legend-heading" className="matrix-legend__heading">
        {t('competence.matrix.legend')}
      </h2>
      <ul className="matrix-legend__list">
        {MODE_ORDER.map((mode) => {
          const look = MODE_LOOK[mode];
          const Icon = look.icon;
          return (
            <li key={mode} className="matrix-legend__item">
              <span className={`matrix-legend__swatch mode--${look.tone}`} aria-hidden="true">
                {t(look.abbr)}
              </span>
              <Icon className="matrix-legend__icon" />
              <span>{t(look.label)}</span>
            </li>
          );
        })}
        <li className="matrix-legend__item">
          <span className="matrix-legend__swatch matrix-legend__swatch--mark" aria-hidden="true">
            ●
          </span>
          <span>{t('competence.matrix.holds')}</span>
        </li>
        <li className="matrix-legend__item">
          <span className="matrix-legend__swatch matrix-legend__swatch--mark" aria-hidden="true">
            *
          </span>
          <span>{t('competence.matrix.unverifiedMark')}</span>
        </li>
        <li className="matrix-legend__item">
          <span className="matrix-legend__swatch matrix-legend__swatch--mark" aria-hidden="true">
            +
          </span>
          <span>{t('competence.matrix.proposedMark')}</span>
        </li>
      </ul>
      <p className="matrix-legend__keys">{t('competence.matrix.keys')}</p>
    </section>
  );
}
