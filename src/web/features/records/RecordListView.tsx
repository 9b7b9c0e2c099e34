/**
 * Kirjaukset: the records this user may see — their authority's own and those disclosed to it —
 * newest first. New records and disclosures appear without a reload.
 */
import { Button, Paragraph } from 'suomifi-ui-components';
import { routeOnClick } from '../../components/AppLink.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';
import { RecordTable } from './RecordTable.tsx';
import { NEW_RECORD_PATH } from './records.routes.ts';
import { useRecordList } from './useRecordList.ts';
import { useNames, useRecordsConfig } from './useRecordsConfig.ts';

export function RecordListView() {
  const t = useT();
  const list = useRecordList();
  const names = useNames(useRecordsConfig().data);
  const items = list.items ?? [];

  return (
    <>
      <PageHeading>{t('records.title')}</PageHeading>
      <Paragraph className="lead">{t('records.intro')}</Paragraph>
      <p className="records-actions">
        <a href={NEW_RECORD_PATH} className="records-new-link" onClick={routeOnClick(NEW_RECORD_PATH)}>
          {t('records.new')}
        </a>
      </p>
      <p className="visually-hidden" aria-live="polite">
        {list.arrived > 0 ? t('records.arrived', { count: list.arrived }) : ''}
      </p>
      {items.length > 0 && <RecordTable records={items} names={names} />}
      {list.items !== null && items.length === 0 && <Paragraph>{t('records.empty')}</Paragraph>}
      <div className="records-footer">
        {list.items !== null && items.length > 0 && (
          <p className="result-count">
            {t(list.complete ? 'records.end' : 'records.shown', { count: items.length })}
          </p>
        )}
        {list.loading && list.items === null && <Loading />}
        {list.error !== null && <ErrorAlert error={list.error} onRetry={list.reload} />}
        {!list.complete && list.items !== null && list.error === null && (
          <Button variant="secondary" disabled={list.loading} onClick={list.loadMore}>
            {t('records.loadMore')}
          </Button>
        )}
      </div>
    </>
  );
}
