/**
 * Kaksoiskappaleet, on a company's card: where the company was merged to (with a link there), the
 * duplicates merged into it (what moved, when, by which authority, why), and for those who may change
 * the company — the server's own rule, the card's `canEdit` — finding a duplicate to merge in and
 * undoing a merge. After either, the card reloads and says what happened.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { Button, InlineAlert } from 'suomifi-ui-components';
import { ApiError } from '../../../api/client.ts';
import { useApiData } from '../../../app/useApiData.ts';
import { AppLink } from '../../../components/AppLink.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { SectionHeading } from '../../../components/SectionHeading.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/I18nProvider.tsx';
import type { Names } from '../../records/useRecordsConfig.ts';
import { targetsApi } from '../targets.api.ts';
import { targetPath } from '../targets.routes.ts';
import type { Company, Merge } from '../targets.types.ts';
import { DuplicateFinder } from './DuplicateFinder.tsx';
import { type DuplicateChoice, MergeDialog } from './MergeDialog.tsx';
import { companiesNamed, mergeHistory } from './merge.ts';
import { SplitDialog } from './SplitDialog.tsx';

/** The history and the companies it names; one the user may not see is null. */
async function loadHistory(companyId: string, signal: AbortSignal) {
  const merges = await targetsApi.merges(companyId, signal);
  const named = await Promise.all(
    companiesNamed(merges, companyId).map((id) =>
      targetsApi.company(id, signal).catch((reason: unknown) => {
        if (reason instanceof ApiError && reason.code === 'not_found') return null;
        throw reason;
      }),
    ),
  );
  const companies = new Map<string, Company | null>();
  for (const [i, id] of companiesNamed(merges, companyId).entries()) companies.set(id, named[i] ?? null);
  return { merges, companies };
}

interface MergePanelProps {
  company: Company;
  names: Names;
  /** Called after a merge or split with the sentence to announce; the card reloads. */
  onChanged: (notice: string) => void;
}

export function MergePanel({ company, names, onChanged }: MergePanelProps) {
  const t = useT();
  const format = useFormat();
  const load = useCallback((signal: AbortSignal) => loadHistory(company.id, signal), [company.id]);
  const history = useApiData(load);
  // A merge or split changes the company: when the card reloads with a newer one, so does the history.
  const { reload } = history;
  const shown = useRef(company.updatedAt);
  useEffect(() => {
    if (shown.current === company.updatedAt) return;
    shown.current = company.updatedAt;
    reload();
  }, [company.updatedAt, reload]);
  const [chosen, setChosen] = useState<DuplicateChoice | null>(null);
  const [splitting, setSplitting] = useState<Merge | null>(null);

  const mayMerge = company.canEdit && company.status !== 'merged';
  const { mergedInto, absorbed } = mergeHistory(history.data?.merges ?? [], company.id);
  if (!mayMerge && !mergedInto && absorbed.length === 0 && history.error === null) return null;

  const other = (id: string) => (id === company.id ? company : (history.data?.companies.get(id) ?? null));
  const nameOf = (id: string) => other(id)?.name ?? t('targets.chain.hidden');
  const linkTo = (id: string) => {
    const found = other(id);
    return found ? <AppLink href={targetPath('company', found.id)}>{found.name}</AppLink> : nameOf(id);
  };

  return (
    <section className="panel merge-panel" aria-labelledby="target-merge-title">
      <SectionHeading id="target-merge-title" className="record-section-title">
        {t('targets.merge.title')}
      </SectionHeading>
      {history.error !== null && <ErrorAlert error={history.error} onRetry={history.reload} />}

      {mergedInto && (
        <InlineAlert status="warning" className="merge-panel__merged">
          <p>{t('targets.merge.isMerged', { name: nameOf(mergedInto.survivorId) })}</p>
          {other(mergedInto.survivorId) && (
            <p>
              <AppLink href={targetPath('company', mergedInto.survivorId)}>
                {t('targets.merge.openSurvivor', { name: nameOf(mergedInto.survivorId) })}
              </AppLink>
            </p>
          )}
          {company.canEdit && (
            <Button variant="secondary" onClick={() => setSplitting(mergedInto)}>
              {t('targets.split.action', { name: company.name })}
            </Button>
          )}
        </InlineAlert>
      )}

      {absorbed.length > 0 && (
        <>
          <h3 className="target-links__title">{t('targets.merge.history')}</h3>
          <ul className="merge-history">
            {absorbed.map((merge) => (
              <li key={merge.id} className="merge-history__item">
                <span className="merge-history__name">{linkTo(merge.duplicateId)}</span>
                <span className="target-links__meta">
                  {t('targets.merge.mergedOn', {
                    date: format.dateTime(merge.mergedAt),
                    authority: names.authority(merge.authority),
                  })}
                </span>
                <span className="merge-history__moved">{t('targets.merge.moved', merge.moved)}</span>
                {merge.reason && (
                  <span className="merge-history__reason">
                    {t('targets.merge.reasonShown', { reason: merge.reason })}
                  </span>
                )}
                {merge.splitAt ? (
                  <span className="merge-history__split">
                    {t('targets.merge.splitOn', { date: format.dateTime(merge.splitAt) })}
                  </span>
                ) : (
                  company.canEdit && (
                    <Button variant="secondary" onClick={() => setSplitting(merge)}>
                      {t('targets.split.action', { name: nameOf(merge.duplicateId) })}
                    </Button>
                  )
                )}
              </li>
            ))}
          </ul>
        </>
      )}

      {mayMerge && (
        <DuplicateFinder
          key={company.updatedAt}
          company={company}
          onChoose={(candidate) => setChosen(candidate)}
        />
      )}

      {chosen && (
        <MergeDialog
          survivor={company}
          duplicate={chosen}
          onClose={(merged) => {
            setChosen(null);
            if (merged)
              onChanged(
                `${t('targets.merge.done', { name: chosen.name })} ${t('targets.merge.moved', merged.moved)}`,
              );
          }}
        />
      )}
      {splitting && (
        <SplitDialog
          merge={splitting}
          survivorName={nameOf(splitting.survivorId)}
          duplicateName={nameOf(splitting.duplicateId)}
          onClose={(split) => {
            setSplitting(null);
            if (split) onChanged(t('targets.split.done', { name: nameOf(splitting.duplicateId) }));
          }}
        />
      )}
    </section>
  );
}
