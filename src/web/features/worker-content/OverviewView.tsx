/** The CMS front page: translation status grid, posters per language and recent publications. */
import { ExternalLink, Paragraph } from 'suomifi-ui-components';
import { useApiData } from '../../app/useApiData.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { SectionHeading } from '../../components/SectionHeading.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { StatusGrid } from './StatusGrid.tsx';
import { posterUrl, workerContentApi } from './workerContent.api.ts';
import { NOTICES_PATH } from './workerContent.routes.ts';
import type { WorkerLanguage } from './workerContent.types.ts';

const REASON_KEY: Record<string, MessageKey> = {
  seed: 'workerContent.publications.reason.seed',
  start: 'workerContent.publications.reason.start',
  page: 'workerContent.publications.reason.page',
  unpublish: 'workerContent.publications.reason.unpublish',
  notice: 'workerContent.publications.reason.notice',
};

export function OverviewView() {
  const t = useT();
  const overview = useApiData(workerContentApi.pages);
  return (
    <>
      <PageHeading>{t('workerContent.title')}</PageHeading>
      <Paragraph className="lead">{t('workerContent.intro')}</Paragraph>
      <ul className="wc-links">
        <li>
          <AppLink href={NOTICES_PATH}>{t('workerContent.notices.link')}</AppLink>
        </li>
        <li>
          <ExternalLink href="/help/" labelNewWindow={t('workerContent.newWindow')}>
            {t('workerContent.openApp')}
          </ExternalLink>
        </li>
      </ul>
      {overview.loading && <Loading />}
      {overview.error !== null && <ErrorAlert error={overview.error} onRetry={overview.reload} />}
      {overview.data && <StatusGrid overview={overview.data} />}
      {overview.data && <Posters languages={overview.data.languages} />}
      <Publications />
    </>
  );
}

function Posters({ languages }: { languages: WorkerLanguage[] }) {
  const t = useT();
  return (
    <section className="panel" aria-labelledby="wc-posters-title">
      <SectionHeading id="wc-posters-title">{t('workerContent.posters.title')}</SectionHeading>
      <Paragraph>{t('workerContent.posters.intro')}</Paragraph>
      <ul className="wc-posters">
        {languages.map((language) => (
          <li key={language.code}>
            <ExternalLink href={posterUrl(language.code)} labelNewWindow={t('workerContent.newWindow')}>
              <span lang={language.code} dir={language.dir}>
                {language.nativeName}
              </span>
              {language.nativeName !== language.englishName && ` (${language.englishName})`}
              {` · ${t('workerContent.posters.pdf')}`}
            </ExternalLink>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Publications() {
  const t = useT();
  const format = useFormat();
  const publications = useApiData(workerContentApi.publications);
  const rows = (publications.data ?? []).slice(0, 10);
  return (
    <section className="panel" aria-labelledby="wc-publications-title">
      <SectionHeading id="wc-publications-title">{t('workerContent.publications.title')}</SectionHeading>
      {publications.error !== null && <ErrorAlert error={publications.error} onRetry={publications.reload} />}
      {rows.length > 0 && (
        <table className="wc-table">
          <thead>
            <tr>
              <th scope="col">{t('workerContent.publications.at')}</th>
              <th scope="col">{t('workerContent.publications.by')}</th>
              <th scope="col">{t('workerContent.publications.reason')}</th>
              <th scope="col">{t('workerContent.publications.content')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={p.id}>
                <td>{format.dateTime(p.publishedAt)}</td>
                <td>{p.publishedBy ?? t('workerContent.publications.system')}</td>
                <td>{t(REASON_KEY[p.reason] ?? 'workerContent.publications.reason.page')}</td>
                <td>
                  <code>{p.contentId}</code>
                  {p.isCurrent && (
                    <span className="wc-tag wc-tag--current">{t('workerContent.publications.current')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
