/**
 * Records as a table — when, kind, title (a link to the record), owner, classification — and on a phone
 * as a list of cards, so the title is never scrolled out of sight.
 */
import { useSmallScreen } from '../../app/useSmallScreen.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { ClassificationBadge } from './ClassificationBadge.tsx';
import { kindLabel } from './labels.ts';
import { recordPath } from './records.routes.ts';
import type { InfoRecord } from './records.types.ts';
import type { Names } from './useRecordsConfig.ts';

export function RecordTable({ records, names }: { records: InfoRecord[]; names: Names }) {
  const t = useT();
  const format = useFormat();
  const small = useSmallScreen();

  if (small) {
    return (
      <ul className="record-cards" aria-label={t('records.caption')}>
        {records.map((record) => (
          <li key={record.id} className="record-card">
            <AppLink href={recordPath(record.id)} className="records-table__title">
              {record.title}
            </AppLink>
            <p className="record-card__meta">
              <span>{kindLabel(t, record.kind)}</span>
              <span>{names.authority(record.ownerAuthority)}</span>
              <time dateTime={record.createdAt}>{format.dateTime(record.createdAt)}</time>
              <ClassificationBadge classification={record.classification} />
            </p>
          </li>
        ))}
      </ul>
    );
  }

  return (
    <table className="records-table">
      <caption className="visually-hidden">{t('records.caption')}</caption>
      <thead className="records-table__head">
        <tr>
          <th scope="col">{t('records.col.created')}</th>
          <th scope="col">{t('records.col.kind')}</th>
          <th scope="col">{t('records.col.title')}</th>
          <th scope="col">{t('records.col.owner')}</th>
          <th scope="col">{t('records.col.classification')}</th>
        </tr>
      </thead>
      <tbody>
        {records.map((record) => (
          <tr key={record.id}>
            <td className="nowrap">
              <time dateTime={record.createdAt}>{format.dateTime(record.createdAt)}</time>
            </td>
            <td>{kindLabel(t, record.kind)}</td>
            <th scope="row" className="records-table__title-cell">
              <AppLink href={recordPath(record.id)} className="records-table__title">
                {record.title}
              </AppLink>
            </th>
            <td>{names.authority(record.ownerAuthority)}</td>
            <td>
              <ClassificationBadge classification={record.classification} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
