/**
 * "Silta ehdottaa": for the owner of a record, whom the competence map says they may (own initiative)
 * or must (duty to notify) tell about it, with the legal basis — one click opens the share dialog
 * pre-filled, or "Not now" with a reason (kept in this tab only: the API has nowhere to store it).
 */
import { useCallback, useState } from 'react';
import { Button, Paragraph, Textarea } from 'suomifi-ui-components';
import { useApiData } from '../../app/useApiData.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useLocale, useT } from '../../i18n/I18nProvider.tsx';
import { decline, declinedReasons, type Proposal, proposalsFor, undoDecline } from './proposals.ts';
import { recordsApi } from './records.api.ts';
import type { InfoRecord } from './records.types.ts';
import { LegalBases } from './share/LegalBases.tsx';
import type { ShareDraft } from './share/shareState.ts';
import type { Names } from './useRecordsConfig.ts';

/** How many proposals show before "show all". */
const FIRST = 3;

interface ProposalsProps {
  record: InfoRecord;
  names: Names;
  onShare: (draft: ShareDraft) => void;
}

function ProposalCard({
  proposal,
  names,
  onShare,
  onDecline,
}: {
  proposal: Proposal;
  names: Names;
  onShare: () => void;
  onDecline: (reason: string) => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const recipient = names.authority(proposal.to);
  const bases = proposal.obligations.flatMap((o) => o.legalBasis);

  return (
    <li className={`proposal proposal--${proposal.mode}`}>
      <p className="proposal__mode">
        {proposal.mode === 'duty_to_notify' ? t('records.proposals.must') : t('records.proposals.may')}
      </p>
      {proposal.obligations.map((o) => (
        <p key={o.rule.id} className="proposal__prompt">
          {o.prompt[locale]}
        </p>
      ))}
      <LegalBases bases={bases} />
      {!declining ? (
        <div className="proposal__actions">
          <Button onClick={onShare} aria-label={t('records.proposals.shareWith', { recipient })}>
            {t('records.proposals.share')}
          </Button>
          <Button
            variant="secondary"
            aria-label={t('records.proposals.notNowFor', { recipient })}
            onClick={() => setDeclining(true)}
          >
            {t('records.proposals.notNow')}
          </Button>
        </div>
      ) : (
        <div className="proposal__decline">
          <Textarea
            labelText={t('records.proposals.reason', { recipient })}
            hintText={t('records.proposals.reasonHint')}
            value={reason}
            onChange={(event) => {
              setReason(event.target.value);
              setMissing(false);
            }}
            status={missing ? 'error' : 'default'}
            statusText={missing ? t('records.proposals.reasonRequired') : undefined}
            fullWidth
            autoFocus
          />
          <div className="proposal__actions">
            <Button
              onClick={() => {
                if (reason.trim() === '') setMissing(true);
                else onDecline(reason.trim());
              }}
            >
              {t('records.proposals.decline')}
            </Button>
            <Button variant="secondaryNoBorder" onClick={() => setDeclining(false)}>
              {t('records.proposals.back')}
            </Button>
          </div>
        </div>
      )}
    </li>
  );
}

export function Proposals({ record, names, onShare }: ProposalsProps) {
  const t = useT();
  // A live reload of the record gives a new array: ask again only when the categories change.
  const categories = record.categories.join(',');
  const load = useCallback(
    (signal: AbortSignal) => recordsApi.obligations(record.ownerAuthority, categories.split(','), signal),
    [record.ownerAuthority, categories],
  );
  const obligations = useApiData(load);
  const [, rerender] = useState(0);
  const [showAll, setShowAll] = useState(false);

  if (obligations.error !== null)
    return <ErrorAlert error={obligations.error} onRetry={obligations.reload} />;
  if (!obligations.data) return null;

  const shared = (record.disclosures ?? []).filter((d) => !d.revokedAt).map((d) => d.toAuthority);
  const reasons = declinedReasons(record.id);
  const all = proposalsFor(obligations.data, shared);
  const open = all.filter((p) => !reasons.has(p.to));
  const declined = all.filter((p) => reasons.has(p.to));
  if (all.length === 0) return null;
  const visible = showAll ? open : open.slice(0, FIRST);

  return (
    <section className="panel proposals" aria-labelledby="proposals-title">
      <h2 id="proposals-title" className="record-section-title">
        {t('records.proposals.title')}
      </h2>
      <Paragraph className="proposals__intro">{t('records.proposals.intro')}</Paragraph>
      {open.length > 0 && (
        <ul className="proposals__list">
          {visible.map((proposal) => (
            <ProposalCard
              key={proposal.to}
              proposal={proposal}
              names={names}
              onShare={() =>
                onShare({ to: [proposal.to], purpose: proposal.purpose, initiative: 'own', confirmed: [] })
              }
              onDecline={(reason) => {
                decline(record.id, proposal.to, reason);
                rerender((n) => n + 1);
              }}
            />
          ))}
        </ul>
      )}
      {open.length > FIRST && (
        <Button variant="secondaryNoBorder" aria-expanded={showAll} onClick={() => setShowAll((on) => !on)}>
          {showAll
            ? t('records.proposals.fewer')
            : t('records.proposals.more', { count: open.length - FIRST })}
        </Button>
      )}
      {declined.length > 0 && (
        <div className="proposals__declined">
          <h3 className="proposals__declined-title">{t('records.proposals.declinedTitle')}</h3>
          <p className="proposals__declined-note">{t('records.proposals.declinedNote')}</p>
          <ul>
            {declined.map((proposal) => (
              <li key={proposal.to}>
                <span>
                  {t('records.proposals.declinedItem', {
                    recipient: names.authority(proposal.to),
                    reason: reasons.get(proposal.to) ?? '',
                  })}
                </span>{' '}
                <Button
                  variant="secondaryNoBorder"
                  aria-label={t('records.proposals.undoFor', { recipient: names.authority(proposal.to) })}
                  onClick={() => {
                    undoDecline(record.id, proposal.to);
                    rerender((n) => n + 1);
                  }}
                >
                  {t('records.proposals.undo')}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
