/** Everything a record says, as a description list, with its text below; its targets link to their cards. */
import { AppLink } from '../../components/AppLink.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { targetPath } from '../targets/targets.routes.ts';
import { ClassificationBadge } from './ClassificationBadge.tsx';
import { kindLabel } from './labels.ts';
import type { InfoRecord } from './records.types.ts';
import type { Names } from './useRecordsConfig.ts';

export function RecordFields({ record, names }: { record: InfoRecord; names: Names }) {
  const t = useT();
  const format = useFormat();
  return (
    <section className="panel record-fields" aria-labelledby="record-fields-title">
      <h2 id="record-fields-title" className="record-section-title">
        {t('records.detail.fields')}
      </h2>
      <p className="record-body">{record.body}</p>
      <dl className="record-dl">
        <dt>{t('records.field.kind')}</dt>
        <dd>{kindLabel(t, record.kind)}</dd>
        <dt>{t('records.field.classification')}</dt>
        <dd>
          <ClassificationBadge classification={record.classification} />
          {record.secrecyBasis && (
            <span className="record-dl__secondary">
              {t('records.detail.secrecyBasis', { basis: record.secrecyBasis })}
            </span>
          )}
        </dd>
        <dt>{t('records.field.categories')}</dt>
        <dd>
          <ul className="record-dl__list">
            {record.categories.map((code) => (
              <li key={code}>{names.category(code)}</li>
            ))}
          </ul>
        </dd>
        <dt>{t('records.field.personalData')}</dt>
        <dd>{record.containsPersonalData ? t('records.yes') : t('records.no')}</dd>
        <dt>{t('records.col.owner')}</dt>
        <dd>{names.authorityLong(record.ownerAuthority)}</dd>
        <dt>{t('records.col.created')}</dt>
        <dd>
          <time dateTime={record.createdAt}>{format.dateTime(record.createdAt)}</time>
        </dd>
        <dt>{t('records.detail.retention')}</dt>
        <dd>{format.date(record.retentionUntil)}</dd>
        <dt>{t('records.detail.targets')}</dt>
        <dd>
          {record.targets.length === 0 ? (
            t('records.detail.noTargets')
          ) : (
            <ul className="record-dl__list">
              {record.targets.map((target) => (
                <li key={`${target.type}:${target.id}`}>
                  <AppLink href={targetPath(target.type, target.id)}>
                    {t(`records.target.${target.type}`)} <code>{target.id}</code>
                  </AppLink>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
    </section>
  );
}
