/**
 * The model's three phases — planning, execution, feedback and follow-up — as an ordered list with
 * the current one marked (`aria-current="step"`) and each one's state written out, not only coloured.
 */
import { useT } from '../../i18n/I18nProvider.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { PHASES, type PhaseState, phaseStates, STATUS_LABEL } from './labels.ts';
import type { OperationStatus } from './operations.types.ts';

const STATE_TEXT: Record<PhaseState, MessageKey> = {
  done: 'operations.phase.done',
  current: 'operations.phase.current',
  upcoming: 'operations.phase.upcoming',
};

export function PhaseStepper({ status }: { status: OperationStatus }) {
  const t = useT();
  const states = phaseStates(status);
  return (
    <div className="ops-stepper">
      <ol className="ops-stepper__list" aria-label={t('operations.phase.label')}>
        {PHASES.map((phase, index) => {
          const state = states[index] ?? 'upcoming';
          return (
            <li
              key={phase.key}
              className={`ops-stepper__step ops-stepper__step--${state}`}
              aria-current={state === 'current' ? 'step' : undefined}
            >
              <span className="ops-stepper__number" aria-hidden="true">
                {state === 'done' ? '✓' : index + 1}
              </span>
              <span className="ops-stepper__text">
                <span className="ops-stepper__name">{t(phase.labelKey)}</span>
                <span className="ops-stepper__state">{t(STATE_TEXT[state])}</span>
              </span>
            </li>
          );
        })}
      </ol>
      <p className="ops-stepper__status">
        {t('operations.detail.status', { status: t(STATUS_LABEL[status]) })}
      </p>
    </div>
  );
}
