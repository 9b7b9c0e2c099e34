/**
 * Etsi kaksoiskappaleita: on a company's card, the matcher's look-alikes of this company (by its own
 * name and address, or by a typed name or business ID), each with a button to merge it into this
 * company. Opened on request, so a card that is only read asks the matcher nothing.
 */
import { useEffect, useState } from 'react';
import { Button, Paragraph, TextInput } from 'suomifi-ui-components';
import { AppLink } from '../../../components/AppLink.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useT } from '../../../i18n/I18nProvider.tsx';
import { CONFIDENCE } from '../new/MatchCandidates.tsx';
import { targetsApi } from '../targets.api.ts';
import { targetPath } from '../targets.routes.ts';
import type { Company, MatchBody, MatchCandidate } from '../targets.types.ts';
import { duplicateCandidates, duplicateQuestion } from './merge.ts';

const WAIT_MS = 300;

interface DuplicateFinderProps {
  company: Company;
  onChoose: (candidate: MatchCandidate) => void;
}

export function DuplicateFinder({ company, onChoose }: DuplicateFinderProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [candidates, setCandidates] = useState<MatchCandidate[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const key = open ? JSON.stringify(duplicateQuestion(company, query)) : null;

  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    setCandidates(null);
    setError(null);
    const timer = window.setTimeout(() => {
      targetsApi.match(JSON.parse(key) as MatchBody, controller.signal).then(setCandidates, (reason) => {
        if (!controller.signal.aborted) setError(reason);
      });
    }, WAIT_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [key]);

  if (!open) {
    return (
      <>
        <Paragraph className="merge-panel__intro">{t('targets.merge.intro')}</Paragraph>
        <Button variant="secondary" onClick={() => setOpen(true)}>
          {t('targets.merge.find')}
        </Button>
      </>
    );
  }

  const offered = candidates ? duplicateCandidates(candidates, company.id) : null;
  return (
    <div className="merge-finder">
      <Paragraph className="merge-panel__intro">{t('targets.merge.intro')}</Paragraph>
      <TextInput
        labelText={t('targets.merge.query')}
        hintText={t('targets.merge.queryHint')}
        optionalText={t('targets.new.optional')}
        value={query}
        onChange={(value) => setQuery(String(value ?? ''))}
      />
      <p className="match__status" aria-live="polite">
        {offered === null
          ? error === null
            ? t('targets.merge.searching')
            : ''
          : offered.length === 0
            ? t('targets.merge.none')
            : t('targets.merge.found', { count: offered.length })}
      </p>
      {error !== null && <ErrorAlert error={error} />}
      {offered && offered.length > 0 && (
        <ul className="match__list" aria-label={t('targets.merge.candidates')}>
          {offered.map((candidate) => (
            <li key={candidate.id} className="match__item merge-candidate">
              <div>
                <AppLink href={targetPath('company', candidate.id)}>{candidate.name}</AppLink>
                <span className="match__meta">
                  {[candidate.businessId, candidate.address, candidate.municipality]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
                <span className="match__confidence">{t(CONFIDENCE[candidate.confidence])}</span>
              </div>
              <Button variant="secondary" onClick={() => onChoose(candidate)}>
                {t('targets.merge.into', { name: candidate.name })}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
