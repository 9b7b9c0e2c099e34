/** The versions of a page in one language, newest first; any of them can be loaded into the editor. */
import { Button } from 'suomifi-ui-components';
import { ScrollRegion } from '../../components/ScrollRegion.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import type { HistoryItem } from './workerContent.types.ts';

interface VersionHistoryProps {
  items: HistoryItem[];
  onLoad: (number: number) => void;
}

export function VersionHistory({ items, onLoad }: VersionHistoryProps) {
  const t = useT();
  const format = useFormat();
  if (items.length === 0) return <p>{t('workerContent.history.empty')}</p>;
  return (
    <ScrollRegion className="wc-table-scroll" aria-label={t('workerContent.history.title')}>
      <table className="wc-table">
        <thead>
          <tr>
            <th scope="col">{t('workerContent.history.version')}</th>
            <th scope="col">{t('workerContent.history.savedAt')}</th>
            <th scope="col">{t('workerContent.history.by')}</th>
            <th scope="col">{t('workerContent.history.basedOn')}</th>
            <th scope="col">{t('workerContent.history.note')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('workerContent.history.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <td>
                {item.number}
                {item.published && (
                  <span className="wc-tag wc-tag--current">{t('workerContent.history.published')}</span>
                )}
              </td>
              <td>{format.dateTime(item.createdAt)}</td>
              <td>{item.createdBy ?? t('workerContent.history.shipped')}</td>
              <td>
                {item.basedOn
                  ? t('workerContent.history.basedOnValue', {
                      lang: item.basedOn.lang,
                      number: item.basedOn.number,
                    })
                  : '–'}
              </td>
              <td>{item.note ?? '–'}</td>
              <td>
                <Button
                  variant="secondaryNoBorder"
                  onClick={() => onLoad(item.number)}
                  aria-label={t('workerContent.history.loadLabel', { number: item.number })}
                >
                  {t('workerContent.history.load')}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
