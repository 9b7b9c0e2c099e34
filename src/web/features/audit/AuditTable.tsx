/** The audit rows as a table; scrolls sideways on narrow screens instead of squeezing the columns. */
import { Table, type TableColumn } from 'suomifi-ui-components';
import { api } from '../../api/endpoints.ts';
import type { AuditRow } from '../../api/types.ts';
import { useApiData } from '../../app/useApiData.ts';
import { ScrollRegion } from '../../components/ScrollRegion.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useLocale, useT } from '../../i18n/I18nProvider.tsx';
import type { MessageKey } from '../../i18n/messages.ts';

const OUTCOME_TEXT: Record<string, MessageKey> = {
  success: 'audit.outcome.success',
  failure: 'audit.outcome.failure',
  denied: 'audit.outcome.denied',
};

function target(row: AuditRow): string {
  if (!row.targetType) return '–';
  return row.targetId ? `${row.targetType} ${row.targetId.slice(0, 8)}` : row.targetType;
}

export function AuditTable({ rows }: { rows: AuditRow[] }) {
  const t = useT();
  const format = useFormat();
  const { locale } = useLocale();
  // Authority codes read better as the authorities' short names; the code stays if they fail to load.
  const authorities = useApiData(api.authorities).data ?? [];
  const authorityName = (code: string) =>
    authorities.find((authority) => authority.code === code)?.shortName[locale] ?? code;
  const columns: TableColumn[] = [
    { key: 'seq', labelText: t('audit.col.seq'), textAlign: 'right' },
    { key: 'at', labelText: t('audit.col.at') },
    { key: 'actor', labelText: t('audit.col.actor') },
    { key: 'authority', labelText: t('audit.col.authority') },
    { key: 'action', labelText: t('audit.col.action') },
    { key: 'outcome', labelText: t('audit.col.outcome') },
    { key: 'target', labelText: t('audit.col.target') },
  ];
  const data = rows.map((row) => {
    const outcomeKey = OUTCOME_TEXT[row.outcome];
    return {
      id: String(row.seq),
      seq: row.seq,
      at: <span className="nowrap">{format.dateTime(row.at)}</span>,
      actor: row.actorUsername ?? t('audit.system'),
      authority: row.authorityCode ? authorityName(row.authorityCode) : '–',
      action: <code>{row.action}</code>,
      target: <span title={row.targetId ?? undefined}>{target(row)}</span>,
      outcome: (
        <span className={`outcome outcome--${row.outcome}`}>{outcomeKey ? t(outcomeKey) : row.outcome}</span>
      ),
    };
  });

  return (
    <ScrollRegion className="table-scroll" aria-label={t('audit.caption')}>
      <Table caption={t('audit.caption')} columns={columns} data={data} condensed />
    </ScrollRegion>
  );
}
