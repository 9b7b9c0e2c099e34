/**
 * Etsi kaksoiskappaleita: on a company's card, the matcher's look-alikes of this company (by its own
 * name and address, or by a typed name or business ID), each with a button to merge it into this
 * company. Opened on request, so a card that is only read asks the matcher nothing.
 */
import { useState } from 'react';
import { Button, Paragraph, TextInput } from 'suomifi-ui-components';
import { useAskAfterTyping } from '../../../app/useAskAfterTyping.ts';
import { AppLink } from '../../../components/AppLink.tsx';
import { useT } from '../../../i18n/I18nProvider.tsx';
import { CandidateFacts } from '../new/MatchCandidates.tsx';
import { PickList } from '../PickList.tsx';
import { targetsApi } from '../targets.api.ts';
import { targetPath } from '../targets.routes.ts';
import type { Company, MatchCandidate } from '../targets.types.ts';
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
  const question = open ? duplicateQuestion(company, query) : null;
  const { answer: candidates, error } = useAskAfterTyping(question, targetsApi.match, { waitMs: WAIT_MS });

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
      <PickList
        items={offered}
        error={error}
        searching={t('targets.merge.searching')}
        none={t('targets.merge.none')}
        found={(count) => t('targets.merge.found', { count })}
        label={t('targets.merge.candidates')}
        describe={(candidate) => (
          <div>
            <AppLink href={targetPath('company', candidate.id)}>{candidate.name}</AppLink>
            <CandidateFacts candidate={candidate} />
          </div>
        )}
        chooseText={(candidate) => t('targets.merge.into', { name: candidate.name })}
        onChoose={onChoose}
      />
    </div>
  );
}
