/**
 * The lead's next steps: one button per transition possible from the current status, each unmet
 * precondition written out as a sentence under it (the server's codes, so the two never disagree).
 * Closing with open follow-ups and cancelling ask for the reason first; a 409 from the server (someone
 * changed something meanwhile) is shown with its unmet list.
 */
import { useState } from 'react';
import { Button } from 'suomifi-ui-components';
import { ApiError } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { SectionHeading } from '../../components/SectionHeading.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';
import { TRANSITION_LABEL, transitionActions, UNMET_TEXT } from './labels.ts';
import { operationsApi } from './operations.api.ts';
import type { Operation, Transition, Unmet } from './operations.types.ts';
import { ReasonDialog } from './ReasonDialog.tsx';

function unmetOf(error: unknown): Unmet[] {
  if (!(error instanceof ApiError) || error.code !== 'conflict') return [];
  const unmet = (error.details as { unmet?: unknown } | null)?.unmet;
  return Array.isArray(unmet) ? unmet.filter((code): code is Unmet => code in UNMET_TEXT) : [];
}

export function TransitionBar({ operation, onChanged }: { operation: Operation; onChanged: () => void }) {
  const t = useT();
  const [asking, setAsking] = useState<Transition | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState('');
  const actions = transitionActions(operation.transitions);
  const approval = operation.transitions.find(
    (transition) => transition.name === 'approve_plan' && !transition.unmet.includes('wrong_state'),
  );
  if (actions.length === 0 && !approval) return null;

  const run = async (name: Transition, reason?: string) => {
    setBusy(true);
    setError(null);
    setDone('');
    try {
      await operationsApi.transition(operation.id, name, reason);
      setDone(t('operations.transition.done', { transition: t(TRANSITION_LABEL[name]) }));
      onChanged();
    } finally {
      setBusy(false);
    }
  };
  const refused = unmetOf(error);

  return (
    <section className="panel ops-transitions" aria-labelledby="ops-transitions-heading">
      <SectionHeading id="ops-transitions-heading">{t('operations.transition.heading')}</SectionHeading>
      {approval && (
        <div className="ops-transition">
          <p className="ops-transition__name">{t('operations.transition.approveInPlan')}</p>
          <UnmetList codes={approval.unmet.filter((code) => code !== 'not_lead')} id="unmet-approve_plan" />
        </div>
      )}
      {actions.map((action) => (
        <div key={action.name} className="ops-transition">
          <Button
            variant={action.name === 'cancel' || action.name === 'reopen_planning' ? 'secondary' : 'default'}
            disabled={!action.enabled || busy}
            aria-describedby={action.blockers.length > 0 ? `unmet-${action.name}` : undefined}
            onClick={() => {
              if (action.needsReason) setAsking(action.name);
              else run(action.name).catch(setError);
            }}
          >
            {t(TRANSITION_LABEL[action.name])}
          </Button>
          <UnmetList codes={action.blockers} id={`unmet-${action.name}`} />
          {action.enabled && action.name === 'close' && action.needsReason && (
            <p className="ops-transition__note">{t('operations.unmet.open_follow_ups')}</p>
          )}
        </div>
      ))}
      <p role="status" className="ops-transitions__done">
        {done}
      </p>
      {refused.length > 0 ? (
        <div role="alert" className="ops-transitions__refused">
          <p>{t('operations.transition.refused')}</p>
          <UnmetList codes={refused} id="unmet-refused" />
        </div>
      ) : (
        error !== null && <ErrorAlert error={error} />
      )}
      {asking && (
        <ReasonDialog
          title={t(TRANSITION_LABEL[asking])}
          intro={
            asking === 'cancel'
              ? t('operations.transition.cancelIntro')
              : t('operations.transition.closeIntro')
          }
          confirmText={t(TRANSITION_LABEL[asking])}
          onClose={() => setAsking(null)}
          onConfirm={async (reason) => {
            // A refusal is shown in the bar, with its unmet preconditions, not inside the dialog.
            await run(asking, reason).catch(setError);
            setAsking(null);
          }}
        />
      )}
    </section>
  );
}

function UnmetList({ codes, id }: { codes: readonly Unmet[]; id: string }) {
  const t = useT();
  if (codes.length === 0) return null;
  return (
    <ul id={id} className="ops-unmet">
      {codes.map((code) => (
        <li key={code}>{t(UNMET_TEXT[code])}</li>
      ))}
    </ul>
  );
}
