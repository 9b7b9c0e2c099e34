/** The operation's selected targets (with rationale, who and when) and, folded away, the rejected ones. */
import { useFormat } from '../../../i18n/format.ts';
import { useLocale, useT } from '../../../i18n/I18nProvider.tsx';
import { formatScore } from './labels.ts';
import type { OperationTarget } from './selection.api.ts';

function TargetItem({ target }: { target: OperationTarget }) {
  const t = useT();
  const { locale } = useLocale();
  const format = useFormat();
  return (
    <li className="selection-card">
      <p className="selection-card__name">
        <strong>{target.name ?? t('operations.selection.hiddenTarget')}</strong>{' '}
        {target.businessId && <span className="selection-card__meta">{target.businessId}</span>}
      </p>
      {target.score !== null && (
        <p className="selection-card__meta">
          {t('operations.selection.scoreAtDecision', { score: formatScore(target.score, locale) })}
        </p>
      )}
      <p>{target.rationale}</p>
      {target.decidedAt && (
        <p className="selection-card__meta">
          {t('operations.selection.decidedBy', {
            name: target.decidedByName ?? '',
            at: format.dateTime(target.decidedAt),
          })}
        </p>
      )}
    </li>
  );
}

export function DecidedTargets({ targets }: { targets: OperationTarget[] }) {
  const t = useT();
  const selected = targets.filter((x) => x.decision === 'selected');
  const rejected = targets.filter((x) => x.decision === 'rejected');
  const proposed = targets.filter((x) => x.decision === 'candidate');
  return (
    <>
      <h3 className="selection__subtitle">
        {t('operations.selection.selected.title', { count: selected.length })}
      </h3>
      {selected.length ? (
        <ul className="selection-cards">
          {selected.map((x) => (
            <TargetItem key={x.id} target={x} />
          ))}
        </ul>
      ) : (
        <p className="selection__meta">{t('operations.selection.selected.empty')}</p>
      )}
      {proposed.length > 0 && (
        <details className="selection-details">
          <summary>{t('operations.selection.proposed.title', { count: proposed.length })}</summary>
          <ul className="selection-cards">
            {proposed.map((x) => (
              <li key={x.id} className="selection-card">
                {x.name ?? t('operations.selection.hiddenTarget')}
              </li>
            ))}
          </ul>
        </details>
      )}
      {rejected.length > 0 && (
        <details className="selection-details">
          <summary>{t('operations.selection.rejected.title', { count: rejected.length })}</summary>
          <ul className="selection-cards">
            {rejected.map((x) => (
              <TargetItem key={x.id} target={x} />
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
