/** The tips the user's authority may read, newest first. */
import { Paragraph } from 'suomifi-ui-components';
import { useApiData } from '../../app/useApiData.ts';
import { routeOnClick } from '../../components/AppLink.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ScrollRegion } from '../../components/ScrollRegion.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { sectorLabel } from '../worker-content/labels.ts';
import { languageName } from './labels.ts';
import { workerTipsApi } from './workerTips.api.ts';
import { tipPath } from './workerTips.routes.ts';

export function TipListView() {
  const t = useT();
  const format = useFormat();
  const tips = useApiData(workerTipsApi.list);
  return (
    <>
      <PageHeading>{t('workerTips.title')}</PageHeading>
      <Paragraph className="lead">{t('workerTips.intro')}</Paragraph>
      {tips.loading && <Loading />}
      {tips.error !== null && <ErrorAlert error={tips.error} onRetry={tips.reload} />}
      {tips.data?.length === 0 && <Paragraph>{t('workerTips.empty')}</Paragraph>}
      {tips.data && tips.data.length > 0 && (
        <ScrollRegion className="wc-table-scroll" aria-label={t('workerTips.caption')}>
          <table className="wc-table wt-table">
            <caption className="visually-hidden">{t('workerTips.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('workerTips.col.received')}</th>
                <th scope="col">{t('workerTips.col.message')}</th>
                <th scope="col">{t('workerTips.col.language')}</th>
                <th scope="col">{t('workerTips.col.sector')}</th>
                <th scope="col">{t('workerTips.col.place')}</th>
                <th scope="col">{t('workerTips.col.replies')}</th>
              </tr>
            </thead>
            <tbody>
              {tips.data.map((tip) => (
                <tr key={tip.id}>
                  <td className="nowrap">{format.dateTime(tip.createdAt)}</td>
                  <td>
                    <a href={tipPath(tip.id)} onClick={routeOnClick(tipPath(tip.id))} className="wt-excerpt">
                      {tip.excerpt}
                    </a>
                    {!tip.anonymous && <span className="wc-tag">{t('workerTips.contactGiven')}</span>}
                  </td>
                  <td>{tip.language ? languageName(tip.language) : '–'}</td>
                  <td>{tip.sector ? sectorLabel(t, tip.sector) : '–'}</td>
                  <td>{tip.municipality ?? '–'}</td>
                  <td>{tip.replies}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </>
  );
}
