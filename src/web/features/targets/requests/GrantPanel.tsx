/**
 * Answering one incoming request: the records we hold on the target (all chosen at first), the
 * competence engine's answer for disclosing them to the requester for the purpose they named — legal
 * basis, conditions to tick — and then Grant (through the engine again on the server) or Decline with
 * a reason the requester will read.
 */
import { useEffect, useState } from 'react';
import { Button, Checkbox, CheckboxGroup, InlineAlert, Textarea } from 'suomifi-ui-components';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { useT } from '../../../i18n/I18nProvider.tsx';
import { kindLabel } from '../../records/labels.ts';
import { recordsApi } from '../../records/records.api.ts';
import type { CompetenceConfig, DisclosureDecision } from '../../records/records.types.ts';
import { DecisionCard } from '../../records/share/DecisionCard.tsx';
import { conditionId } from '../../records/share/shareState.ts';
import type { Names } from '../../records/useRecordsConfig.ts';
import { targetsApi } from '../targets.api.ts';
import type { DisclosureRequest } from '../targets.types.ts';

interface GrantPanelProps {
  request: DisclosureRequest;
  config: CompetenceConfig;
  names: Names;
  onAnswered: (text: string) => void;
}

export function GrantPanel({ request, config, names, onAnswered }: GrantPanelProps) {
  const t = useT();
  const [detail, setDetail] = useState<DisclosureRequest | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const [decision, setDecision] = useState<DisclosureDecision | null>(null);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [confirmed, setConfirmed] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const [declining, setDeclining] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const controller = new AbortController();
    targetsApi.request(request.id, controller.signal).then(
      (loaded) => {
        setDetail(loaded);
        setChosen((loaded.candidates ?? []).map((c) => c.id));
      },
      (reason: unknown) => {
        if (!controller.signal.aborted) setError(reason);
      },
    );
    return () => controller.abort();
  }, [request.id]);

  const candidates = detail?.candidates ?? [];
  const categories = [
    ...new Set(candidates.filter((c) => chosen.includes(c.id)).flatMap((c) => c.categories)),
  ].sort();
  const categoryKey = categories.join(',');

  // The engine's answer for exactly what would be disclosed; asked again when the choice changes.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `categoryKey` stands for `categories`
  useEffect(() => {
    setDecision(null);
    setTicked(new Set());
    if (!detail || categories.length === 0) return;
    const controller = new AbortController();
    recordsApi
      .decide(
        {
          from: detail.toAuthority,
          to: detail.fromAuthority,
          categories,
          purpose: detail.purpose,
          initiative: 'request',
          confirmed,
        },
        controller.signal,
      )
      .then(setDecision, (reason: unknown) => {
        if (!controller.signal.aborted) setError(reason);
      });
    return () => controller.abort();
  }, [detail, categoryKey, confirmed]);

  const unticked = (decision?.conditions ?? []).some(
    (_, index) => !ticked.has(conditionId(detail?.fromAuthority ?? '', index)),
  );
  const canGrant = decision?.allowed === true && !unticked && chosen.length > 0 && !busy;

  const grant = async () => {
    setBusy(true);
    setError(null);
    try {
      await targetsApi.grant(request.id, { recordIds: chosen, confirmed });
      onAnswered(
        t('targets.requests.grantedNotice', {
          authority: names.authority(request.fromAuthority),
          count: chosen.length,
        }),
      );
    } catch (reason) {
      setError(reason);
      setBusy(false);
    }
  };
  const decline = async () => {
    setDeclining(true);
    if (reason.trim().length < 3) return;
    setBusy(true);
    setError(null);
    try {
      await targetsApi.decline(request.id, reason.trim());
      onAnswered(t('targets.requests.declinedNotice', { authority: names.authority(request.fromAuthority) }));
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  if (!detail) return error !== null ? <ErrorAlert error={error} /> : <Loading />;
  return (
    <div className="grant">
      {candidates.length === 0 ? (
        <InlineAlert status="warning">{t('targets.requests.noCandidates')}</InlineAlert>
      ) : (
        <CheckboxGroup
          labelText={t('targets.requests.records')}
          groupHintText={t('targets.requests.recordsHint')}
        >
          {candidates.map((candidate) => (
            <Checkbox
              key={candidate.id}
              checked={chosen.includes(candidate.id)}
              hintText={`${kindLabel(t, candidate.kind)} · ${candidate.categories.map((c) => names.category(c)).join(', ')}`}
              onClick={({ checkboxState }) =>
                setChosen((previous) =>
                  checkboxState ? [...previous, candidate.id] : previous.filter((id) => id !== candidate.id),
                )
              }
            >
              {candidate.title}
            </Checkbox>
          ))}
        </CheckboxGroup>
      )}

      {categories.length > 0 && !decision && error === null && <Loading />}
      {decision && (
        <DecisionCard
          to={detail.fromAuthority}
          recipientName={names.authorityLong(detail.fromAuthority)}
          decision={decision}
          config={config}
          ticked={ticked}
          onTick={(id, on) =>
            setTicked((previous) => {
              const next = new Set(previous);
              if (on) next.add(id);
              else next.delete(id);
              return next;
            })
          }
          confirmed={confirmed}
          onConfirm={(code, on) =>
            setConfirmed((previous) =>
              on ? [...new Set([...previous, code])] : previous.filter((c) => c !== code),
            )
          }
        />
      )}
      {error !== null && <ErrorAlert error={error} />}
      <div className="grant__actions">
        <Button
          disabled={!canGrant}
          onClick={() => void grant()}
          aria-describedby={`grant-state-${request.id}`}
        >
          {t('targets.requests.grant')}
        </Button>
        <p id={`grant-state-${request.id}`} className="grant__state" aria-live="polite">
          {decision && !decision.allowed
            ? t('targets.requests.refused')
            : unticked
              ? t('targets.requests.tickConditions')
              : ''}
        </p>
      </div>
      <div className="grant__decline">
        <Textarea
          labelText={t('targets.requests.reason')}
          hintText={t('targets.requests.reasonHint')}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          fullWidth
          resize="vertical"
          status={declining && reason.trim().length < 3 ? 'error' : 'default'}
          statusText={declining && reason.trim().length < 3 ? t('targets.requests.reasonMissing') : undefined}
        />
        <Button variant="secondary" disabled={busy} onClick={() => void decline()}>
          {t('targets.requests.decline')}
        </Button>
      </div>
    </div>
  );
}
