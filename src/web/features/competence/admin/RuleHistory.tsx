/**
 * A rule's versions — who changed it, when and why — and the differences between any two of them,
 * field by field.
 */
import { useCallback, useState } from 'react';
import { Button, Dropdown, DropdownItem } from 'suomifi-ui-components';
import { useApiData } from '../../../app/useApiData.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { ScrollRegion } from '../../../components/ScrollRegion.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/I18nProvider.tsx';
import { competenceApi } from '../competence.api.ts';
import type { ItemChange, ItemVersion } from '../competence.types.ts';

function shown(value: unknown): string {
  if (value === undefined) return '–';
  return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
}

interface RuleHistoryProps {
  ruleId: string;
  /** Changes after each save, so the list loads again. */
  revision: number;
}

export function RuleHistory({ ruleId, revision }: RuleHistoryProps) {
  const t = useT();
  const format = useFormat();
  const [from, setFrom] = useState<string>('');
  const [to, setTo] = useState<string>('');
  const [changes, setChanges] = useState<{ from: string; to: string; list: ItemChange[] } | null>(null);
  const [diffError, setDiffError] = useState<unknown>(null);

  const load = useCallback(
    async (signal: AbortSignal): Promise<ItemVersion[]> => {
      const list = await competenceApi.history('rule', ruleId, signal);
      const sorted = [...list].sort((a, b) => b.version - a.version);
      // Every load starts the comparison afresh: the newest version against the one before it.
      setTo(String(sorted[0]?.version ?? ''));
      setFrom(String(sorted[1]?.version ?? sorted[0]?.version ?? ''));
      setChanges(null);
      return sorted;
    },
    [ruleId],
  );
  const { data: versions, error } = useApiData(load, revision);

  async function compare() {
    setDiffError(null);
    try {
      const diff = await competenceApi.diff('rule', ruleId, Number(from), Number(to));
      setChanges({ from, to, list: diff.changes });
    } catch (caught) {
      setDiffError(caught);
    }
  }

  if (error !== null) return <ErrorAlert error={error} />;
  if (!versions) return <Loading />;

  return (
    <section className="rule-history" aria-labelledby="rule-history-heading">
      <h3 id="rule-history-heading" className="competence-h3">
        {t('competence.admin.history')}
      </h3>
      <ol className="rule-history__list" reversed>
        {versions.map((version) => (
          <li key={version.version} className="rule-history__item">
            <span className="rule-history__version">
              {t('competence.admin.version', { version: version.version })}
            </span>
            <span>{format.dateTime(version.changedAt)}</span>
            <span>{version.changedByName}</span>
            {version.changeNote && <span className="rule-history__note">{version.changeNote}</span>}
            {version.deleted && (
              <span className="status-badge status-badge--repealed">{t('competence.admin.deleted')}</span>
            )}
          </li>
        ))}
      </ol>
      {versions.length > 1 && (
        <div className="rule-diff">
          <div className="rule-diff__pick">
            <Dropdown labelText={t('competence.admin.diffFrom')} value={from} onChange={setFrom}>
              {versions.map((version) => (
                <DropdownItem key={version.version} value={String(version.version)}>
                  {t('competence.admin.version', { version: version.version })}
                </DropdownItem>
              ))}
            </Dropdown>
            <Dropdown labelText={t('competence.admin.diffTo')} value={to} onChange={setTo}>
              {versions.map((version) => (
                <DropdownItem key={version.version} value={String(version.version)}>
                  {t('competence.admin.version', { version: version.version })}
                </DropdownItem>
              ))}
            </Dropdown>
            <Button variant="secondary" onClick={() => void compare()}>
              {t('competence.admin.compare')}
            </Button>
          </div>
          {diffError !== null && <ErrorAlert error={diffError} />}
          {changes && (
            <ScrollRegion className="competence-scroll" aria-labelledby="rule-diff-caption">
              <table className="diff-table">
                <caption id="rule-diff-caption">
                  {t('competence.admin.diffCaption', {
                    from: changes.from,
                    to: changes.to,
                    count: changes.list.length,
                  })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('competence.admin.diffField')}</th>
                    <th scope="col">{t('competence.admin.diffBefore')}</th>
                    <th scope="col">{t('competence.admin.diffAfter')}</th>
                  </tr>
                </thead>
                <tbody>
                  {changes.list.map((change) => (
                    <tr key={change.path}>
                      <th scope="row">
                        <code>{change.path}</code>
                      </th>
                      <td className="diff-table__before">
                        <pre>{shown(change.before)}</pre>
                      </td>
                      <td className="diff-table__after">
                        <pre>{shown(change.after)}</pre>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          )}
        </div>
      )}
    </section>
  );
}
