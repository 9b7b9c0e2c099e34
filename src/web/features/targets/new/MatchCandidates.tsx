/**
 * Mahdollisesti sama kohde: existing targets like the one being typed (exact business ID, similar
 * names, the same address), asked from the matcher a moment after typing stops, so the user opens and
 * links to the existing target instead of creating a duplicate. The count is announced politely.
 */
import { useAskAfterTyping } from '../../../app/useAskAfterTyping.ts';
import { AppLink } from '../../../components/AppLink.tsx';
import { SectionHeading } from '../../../components/SectionHeading.tsx';
import { useT } from '../../../i18n/I18nProvider.tsx';
import type { MessageKey } from '../../../i18n/messages.ts';
import { targetsApi } from '../targets.api.ts';
import { targetPath } from '../targets.routes.ts';
import type { MatchBody, MatchCandidate } from '../targets.types.ts';

const WAIT_MS = 400;

/** How sure the matcher is, in words. */
const CONFIDENCE: Record<MatchCandidate['confidence'], MessageKey> = {
  certain: 'targets.match.certain',
  high: 'targets.match.high',
  possible: 'targets.match.possible',
};

/**
 * A candidate's business ID, address and municipality, and how sure the matcher is in words: shared with
 * the card's duplicate finder.
 */
export function CandidateFacts({ candidate }: { candidate: MatchCandidate }) {
  const t = useT();
  return (
    <>
      <span className="match__meta">
        {[candidate.businessId, candidate.address, candidate.municipality].filter(Boolean).join(' · ')}
      </span>
      <span className="match__confidence">{t(CONFIDENCE[candidate.confidence])}</span>
    </>
  );
}

export function MatchCandidates({ question }: { question: MatchBody | null }) {
  const t = useT();
  // Matching helps; it never blocks the form. A failed ask shows nothing.
  const candidates = useAskAfterTyping(question, targetsApi.match, {
    waitMs: WAIT_MS,
    keepAnswer: true,
  }).answer;

  return (
    <section className="panel match" aria-labelledby="match-title">
      <SectionHeading id="match-title" className="record-section-title">
        {t('targets.match.title')}
      </SectionHeading>
      <p className="match__status" aria-live="polite">
        {candidates === null
          ? t('targets.match.idle')
          : candidates.length === 0
            ? t('targets.match.none')
            : t('targets.match.found', { count: candidates.length })}
      </p>
      {candidates && candidates.length > 0 && (
        <ul className="match__list">
          {candidates.map((candidate) => (
            <li key={candidate.id} className={`match__item match__item--${candidate.confidence}`}>
              <AppLink href={targetPath(candidate.type, candidate.id)}>
                {t('targets.match.open', { name: candidate.name })}
              </AppLink>
              <CandidateFacts candidate={candidate} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
