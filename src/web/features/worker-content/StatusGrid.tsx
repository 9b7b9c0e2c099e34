/**
 * The translation status grid: one row per language, one column per page; each cell says missing /
 * outdated / done in colour and words, marks an unpublished newer version, and opens the editor.
 */
import { Paragraph } from 'suomifi-ui-components';
import { routeOnClick } from '../../components/AppLink.tsx';
import { ScrollRegion } from '../../components/ScrollRegion.tsx';
import { SectionHeading } from '../../components/SectionHeading.tsx';
import { useLocale, useT } from '../../i18n/I18nProvider.tsx';
import { pageTitle, STATE_SHORT_KEY } from './labels.ts';
import { StateBadge } from './StateBadge.tsx';
import { pageEditorPath } from './workerContent.routes.ts';
import type { PagesOverview, TranslationState } from './workerContent.types.ts';

const STATES: TranslationState[] = ['done', 'outdated', 'missing'];

export function StatusGrid({ overview }: { overview: PagesOverview }) {
  const t = useT();
  const { locale } = useLocale();
  const { languages, pages, sourceLanguages } = overview;

  return (
    <section className="panel" aria-labelledby="wc-grid-title">
      <SectionHeading id="wc-grid-title">{t('workerContent.grid.title')}</SectionHeading>
      <Paragraph>{t('workerContent.grid.intro')}</Paragraph>
      <ul className="wc-legend">
        {STATES.map((state) => (
          <li key={state}>
            <StateBadge state={state} /> {t(`workerContent.grid.legend.${state}`)}
          </li>
        ))}
        <li>
          <span className="wc-draft-mark">{t('workerContent.grid.draft')}</span>{' '}
          {t('workerContent.grid.legend.draft')}
        </li>
      </ul>
      <ScrollRegion className="wc-grid-scroll" aria-labelledby="wc-grid-title">
        <table className="wc-grid">
          <caption className="visually-hidden">{t('workerContent.grid.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="wc-grid__corner">
                {t('workerContent.grid.language')}
              </th>
              {pages.map((page) => (
                <th scope="col" key={page.slug} className="wc-grid__page">
                  <span className="wc-grid__page-title">
                    {pageTitle(page, locale)}
                    {!page.published && <span className="wc-tag">{t('workerContent.grid.unpublished')}</span>}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {languages.map((language) => (
              <tr key={language.code}>
                <th scope="row" className="wc-grid__language">
                  <span lang={language.code} dir={language.dir} className="wc-grid__native">
                    {language.nativeName}
                  </span>
                  <span className="wc-grid__english">
                    {language.englishName}
                    {sourceLanguages.includes(language.code) && ` · ${t('workerContent.grid.source')}`}
                  </span>
                </th>
                {pages.map((page) => {
                  const cell = page.languages[language.code];
                  const state = cell?.state ?? 'missing';
                  const draft = cell?.latest !== null && cell?.latest !== cell?.published;
                  const href = pageEditorPath(page.slug, language.code);
                  return (
                    <td key={page.slug}>
                      <a href={href} onClick={routeOnClick(href)} className={`wc-cell wc-cell--${state}`}>
                        <span className="visually-hidden">
                          {`${pageTitle(page, locale)}, ${language.englishName}: `}
                        </span>
                        {t(STATE_SHORT_KEY[state])}
                        {draft && <span className="wc-cell__draft">{t('workerContent.grid.draft')}</span>}
                      </a>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
