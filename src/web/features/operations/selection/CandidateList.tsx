/**
 * The shortlist: rank, company, municipality, score (a number and a bar — never colour alone), the
 * decision and actions, and per company an explanation opened in place (a button with aria-expanded).
 * A table on wide screens; a list of cards on a phone, with the same content in the same order.
 */
import { Fragment, useState } from 'react';
import { Button } from 'suomifi-ui-components';
import { useSmallScreen } from '../../../app/useSmallScreen.ts';
import { useLocale, useT } from '../../../i18n/I18nProvider.tsx';
import type { Names } from '../../records/useRecordsConfig.ts';
import { DecisionForm } from './DecisionForm.tsx';
import { ExplanationView } from './ExplanationView.tsx';
import { decisionLabel, formatScore } from './labels.ts';
import { type Candidate, type IndicatorInfo, selectionApi } from './selection.api.ts';

interface Props {
  operationId: string;
  candidates: Candidate[];
  indicators: Map<string, IndicatorInfo>;
  names: Names;
  mayDecide: boolean;
  mayPropose: boolean;
  onChanged: () => void;
}

function ScoreBar({ score, max }: { score: number; max: number }) {
  const { locale } = useLocale();
  const width = max > 0 ? Math.round((score / max) * 100) : 0;
  return (
    <span className="selection-score">
      <span className="selection-score__value">{formatScore(score, locale)}</span>
      <span className="selection-score__track" aria-hidden="true">
        <span className="selection-score__bar" style={{ width: `${width}%` }} />
      </span>
    </span>
  );
}

export function CandidateList({
  operationId,
  candidates,
  indicators,
  names,
  mayDecide,
  mayPropose,
  onChanged,
}: Props) {
  const t = useT();
  const small = useSmallScreen();
  const [open, setOpen] = useState<string | null>(null);
  const [deciding, setDeciding] = useState<{ companyId: string; decision: 'selected' | 'rejected' } | null>(
    null,
  );
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const max = candidates.reduce((m, c) => Math.max(m, c.score), 0);

  if (!candidates.length) return <p className="selection__meta">{t('operations.selection.empty')}</p>;

  const propose = async (c: Candidate) => {
    setBusy(c.companyId);
    setError(null);
    try {
      await selectionApi.addTarget(operationId, c.companyId);
      onChanged();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  const actions = (c: Candidate) => (
    <div className="selection-actions">
      <Button
        variant="secondary"
        aria-expanded={open === c.companyId}
        aria-controls={`explain-${c.companyId}`}
        onClick={() => setOpen(open === c.companyId ? null : c.companyId)}
      >
        {open === c.companyId ? t('operations.selection.hideExplain') : t('operations.selection.explain')}
      </Button>
      {mayDecide && (
        <>
          <Button
            variant="secondary"
            onClick={() => setDeciding({ companyId: c.companyId, decision: 'selected' })}
            aria-label={t('operations.selection.selectNamed', { name: c.name })}
          >
            {t('operations.selection.select')}
          </Button>
          <Button
            variant="secondaryNoBorder"
            onClick={() => setDeciding({ companyId: c.companyId, decision: 'rejected' })}
            aria-label={t('operations.selection.rejectNamed', { name: c.name })}
          >
            {t('operations.selection.reject')}
          </Button>
        </>
      )}
      {!mayDecide && mayPropose && !c.operationTargetId && (
        <Button variant="secondary" disabled={busy === c.companyId} onClick={() => void propose(c)}>
          {t('operations.selection.propose')}
        </Button>
      )}
    </div>
  );

  const details = (c: Candidate) => (
    <>
      {deciding?.companyId === c.companyId && (
        <DecisionForm
          operationId={operationId}
          candidate={c}
          decision={deciding.decision}
          onDone={() => {
            // Another target's form may have opened while this one was saving: close only this one.
            setDeciding((current) => (current?.companyId === c.companyId ? null : current));
            onChanged();
          }}
          onCancel={() => setDeciding(null)}
        />
      )}
      {open === c.companyId && (
        <div id={`explain-${c.companyId}`}>
          <ExplanationView
            operationId={operationId}
            companyId={c.companyId}
            indicators={indicators}
            names={names}
          />
        </div>
      )}
    </>
  );

  const decision = (c: Candidate) => decisionLabel(t, c.decision);

  return (
    <>
      {error !== null && <p role="alert">{t('operations.selection.failed')}</p>}
      {small ? (
        <ol className="selection-cards" aria-label={t('operations.selection.shortlist')}>
          {candidates.map((c) => (
            <li key={c.companyId} className="selection-card">
              <p className="selection-card__name">
                <strong>{c.name}</strong> <span className="selection-card__meta">{c.businessId}</span>
              </p>
              <p className="selection-card__meta">
                {c.municipality ?? ''} · {decision(c)}
              </p>
              <ScoreBar score={c.score} max={max} />
              {actions(c)}
              {details(c)}
            </li>
          ))}
        </ol>
      ) : (
        <table className="selection-table">
          <caption className="visually-hidden">{t('operations.selection.shortlist')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('operations.selection.col.rank')}</th>
              <th scope="col">{t('operations.selection.col.company')}</th>
              <th scope="col">{t('operations.selection.col.municipality')}</th>
              <th scope="col">{t('operations.selection.col.score')}</th>
              <th scope="col">{t('operations.selection.col.decision')}</th>
              <th scope="col">{t('operations.selection.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {candidates.map((c, n) => (
              <Fragment key={c.companyId}>
                <tr>
                  <td>{n + 1}</td>
                  <th scope="row">
                    {c.name}
                    <span className="selection-card__meta"> {c.businessId}</span>
                  </th>
                  <td>{c.municipality ?? ''}</td>
                  <td>
                    <ScoreBar score={c.score} max={max} />
                  </td>
                  <td>{decision(c)}</td>
                  <td>{actions(c)}</td>
                </tr>
                {(open === c.companyId || deciding?.companyId === c.companyId) && (
                  <tr className="selection-table__details">
                    <td colSpan={6}>{details(c)}</td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
