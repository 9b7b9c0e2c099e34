/**
 * Targets found: a table (name links to the target card, type, business ID, municipality, industry,
 * records the user may see) and on a phone a list of cards.
 */
import { useSmallScreen } from '../../../app/useSmallScreen.ts';
import { AppLink } from '../../../components/AppLink.tsx';
import { useT } from '../../../i18n/I18nProvider.tsx';
import type { Names } from '../../records/useRecordsConfig.ts';
import { typeLabel } from '../labels.ts';
import { targetPath } from '../targets.routes.ts';
import type { TargetItem } from '../targets.types.ts';

export function TargetResults({ items, names }: { items: TargetItem[]; names: Names }) {
  const t = useT();
  const small = useSmallScreen();
  const detail = (item: TargetItem) =>
    [
      item.businessId,
      item.municipality,
      item.tolCode ? t('targets.field.tolShort', { code: item.tolCode }) : null,
    ]
      .filter(Boolean)
      .join(' · ');

  if (small) {
    return (
      <ul className="record-cards" aria-label={t('targets.search.caption')}>
        {items.map((item) => (
          <li key={item.id} className="record-card">
            <AppLink href={targetPath(item.type, item.id)} className="records-table__title">
              {item.name}
            </AppLink>
            <p className="record-card__meta">
              <span>{typeLabel(t, item.type)}</span>
              {detail(item) && <span>{detail(item)}</span>}
              <span>{t('targets.search.records', { count: item.records })}</span>
              {item.under18 && <span className="minor-marker">{t('targets.person.under18')}</span>}
            </p>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <table className="records-table">
      <caption className="visually-hidden">{t('targets.search.caption')}</caption>
      <thead className="records-table__head">
        <tr>
          <th scope="col">{t('targets.col.name')}</th>
          <th scope="col">{t('targets.col.type')}</th>
          <th scope="col">{t('targets.col.businessId')}</th>
          <th scope="col">{t('targets.col.municipality')}</th>
          <th scope="col">{t('targets.col.tol')}</th>
          <th scope="col">{t('targets.col.owner')}</th>
          <th scope="col">{t('targets.col.records')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id}>
            <th scope="row" className="records-table__title-cell">
              <AppLink href={targetPath(item.type, item.id)} className="records-table__title">
                {item.name}
              </AppLink>
              {item.under18 && <span className="minor-marker">{t('targets.person.under18')}</span>}
            </th>
            <td>{typeLabel(t, item.type)}</td>
            <td className="nowrap">{item.businessId ?? ''}</td>
            <td>{item.municipality ?? ''}</td>
            <td>{item.tolCode ?? ''}</td>
            <td>{names.authority(item.ownerAuthority)}</td>
            <td>{item.records}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
