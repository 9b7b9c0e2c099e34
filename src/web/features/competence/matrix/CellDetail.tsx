/**
 * The legal basis and explanation behind one matrix cell: the engine is asked the cell's exact
 * question, so the answer is the same one "Can I tell this to them?" gives.
 */
import { useEffect, useRef, useState } from 'react';
import { Button } from 'suomifi-ui-components';
import { AppLink } from '../../../components/AppLink.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { useT } from '../../../i18n/I18nProvider.tsx';
import { askSearch } from '../ask/askQuery.ts';
import { competenceApi } from '../competence.api.ts';
import { COMPETENCE_PATH } from '../competence.routes.ts';
import type { CompetenceConfig, DisclosureDecision, MatrixCell, MatrixQuery } from '../competence.types.ts';
import type { Names } from '../names.ts';
import { DecisionAnswer } from '../shared/DecisionAnswer.tsx';

interface CellDetailProps {
  cell: MatrixCell;
  query: MatrixQuery;
  config: CompetenceConfig;
  names: Names;
  onClose: () => void;
}

export function CellDetail({ cell, query, config, names, onClose }: CellDetailProps) {
  const t = useT();
  const [decision, setDecision] = useState<DisclosureDecision | null>(null);
  const [error, setError] = useState<unknown>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const controller = new AbortController();
    setDecision(null);
    setError(null);
    competenceApi
      .decide(
        {
          from: cell.from,
          to: cell.to,
          categories: [query.category],
          purpose: query.purpose,
          initiative: query.initiative,
        },
        controller.signal,
      )
      .then(setDecision, (reason: unknown) => {
        if (!controller.signal.aborted) setError(reason);
      });
    return () => controller.abort();
  }, [cell.from, cell.to, query]);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const askHref = `${COMPETENCE_PATH}/ask?${askSearch({
    from: cell.from,
    to: cell.to,
    categories: [query.category],
    purpose: query.purpose,
    initiative: query.initiative,
  })}`;

  return (
    <section className="panel cell-detail" aria-labelledby="cell-detail-heading">
      <div className="cell-detail__head">
        <h2 id="cell-detail-heading" ref={headingRef} tabIndex={-1} className="competence-h2">
          {t('competence.matrix.detailTitle', {
            from: names.authority(cell.from),
            to: names.authority(cell.to),
          })}
        </h2>
        <Button variant="secondaryNoBorder" onClick={onClose}>
          {t('competence.matrix.close')}
        </Button>
      </div>
      {error !== null && <ErrorAlert error={error} />}
      {!decision && error === null && <Loading />}
      {decision && (
        <DecisionAnswer decision={decision} config={config} names={names} headingId="cell-answer" />
      )}
      <p>
        <AppLink href={askHref}>{t('competence.matrix.openAsk')}</AppLink>
      </p>
    </section>
  );
}
