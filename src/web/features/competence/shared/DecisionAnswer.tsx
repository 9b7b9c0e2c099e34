/**
 * A disclosure decision for a person: the big yes / no / must, the engine's explanation in the current
 * language, the legal bases with links, what to check before disclosing, circumstances that would
 * open a rule (tick to ask again), unverified and proposed-law notices, and each category's answer.
 */
import { Checkbox, InlineAlert } from 'suomifi-ui-components';
import { billNumber } from '../../../../server/modules/competence/explain.format.ts';
import { useLocale, useT } from '../../../i18n/I18nProvider.tsx';
import type { CompetenceConfig, DisclosureDecision } from '../competence.types.ts';
import { MODE_LOOK } from '../modes.ts';
import type { Names } from '../names.ts';
import { headline } from './answer.ts';
import { ConditionChecklist } from './ConditionChecklist.tsx';
import { LegalBasisList } from './LegalBasisList.tsx';
import { ModeBadge } from './ModeBadge.tsx';
import './answer.css';

interface DecisionAnswerProps {
  decision: DisclosureDecision;
  config: CompetenceConfig;
  names: Names;
  /** Id of the headline, for the panel's aria-labelledby and focus after asking. */
  headingId: string;
  /** Circumstances the official has confirmed; ticking one asks again with it. */
  confirmed?: string[];
  onConfirmedChange?: (codes: string[]) => void;
}

/** The code of a circumstance from its label (the decision lists labels; asking again needs codes). */
function circumstanceCode(config: CompetenceConfig, label: { fi: string }): string | undefined {
  return config.circumstances.find((c) => c.label.fi === label.fi)?.code;
}

export function DecisionAnswer({
  decision,
  config,
  names,
  headingId,
  confirmed = [],
  onConfirmedChange,
}: DecisionAnswerProps) {
  const t = useT();
  const { locale } = useLocale();
  const line = headline(decision);
  const Icon = MODE_LOOK[decision.mode].icon;
  const requires = [
    ...new Map(
      decision.conditionalOnly.flatMap((rule) => rule.requires).map((label) => [label.fi, label]),
    ).values(),
  ];
  const confirmedLabels = config.circumstances.filter((c) => confirmed.includes(c.code));
  const toggle = (code: string, on: boolean) =>
    onConfirmedChange?.(on ? [...new Set([...confirmed, code])] : confirmed.filter((c) => c !== code));

  return (
    <div className={`answer answer--${line.tone}`}>
      <div className="answer__headline">
        <Icon className="answer__icon" />
        <div>
          <h2 id={headingId} className="answer__title" tabIndex={-1}>
            {t(line.text)}
          </h2>
          <p className="answer__sub">{t(line.sub)}</p>
        </div>
      </div>

      <p className="answer__explanation">{decision.explanation[locale]}</p>

      {decision.unverified && (
        <InlineAlert status="warning" className="answer__alert" labelText={t('competence.badge.unverified')}>
          {t('competence.answer.unverified')}
        </InlineAlert>
      )}

      {decision.legalBases.length > 0 && (
        <section className="answer__section" aria-labelledby={`${headingId}-bases`}>
          <h3 id={`${headingId}-bases`} className="competence-h3">
            {t('competence.answer.legalBases')}
          </h3>
          <LegalBasisList bases={decision.legalBases} />
        </section>
      )}

      {decision.conditions.length > 0 && (
        <ConditionChecklist
          key={decision.conditions.map((condition) => condition.fi).join('|')}
          conditions={decision.conditions}
          headingId={`${headingId}-conditions`}
        />
      )}

      {(requires.length > 0 || confirmedLabels.length > 0) && onConfirmedChange && (
        <section
          className="answer__section answer__section--confirm"
          aria-labelledby={`${headingId}-confirm`}
        >
          <h3 id={`${headingId}-confirm`} className="competence-h3">
            {t('competence.answer.confirmTitle')}
          </h3>
          <p className="answer__hint">{t('competence.answer.confirmHint')}</p>
          <div className="answer__checklist">
            {[
              ...requires.map((label) => ({ label, code: circumstanceCode(config, label) })),
              ...confirmedLabels
                .filter((c) => !requires.some((label) => label.fi === c.label.fi))
                .map((c) => ({ label: c.label, code: c.code })),
            ].map(({ label, code }) =>
              code ? (
                <Checkbox
                  key={code}
                  checked={confirmed.includes(code)}
                  onClick={({ checkboxState }) => toggle(code, checkboxState)}
                >
                  {label[locale]}
                </Checkbox>
              ) : (
                <p key={label.fi}>{label[locale]}</p>
              ),
            )}
          </div>
          {decision.conditionalOnly.length > 0 && (
            <LegalBasisList bases={decision.conditionalOnly.flatMap((r) => r.legalBasis)} compact />
          )}
        </section>
      )}

      {decision.proposedOnly.length > 0 && (
        <section
          className="answer__section answer__section--proposed"
          aria-labelledby={`${headingId}-proposed`}
        >
          <h3 id={`${headingId}-proposed`} className="competence-h3">
            {t('competence.answer.proposedTitle')}
          </h3>
          {decision.proposedOnly.map((rule) => {
            const proposal = rule.legalBasis.find((b) => b.status === 'proposed')?.lawNumber;
            const bill = proposal ? billNumber(proposal, locale) : rule.id;
            return (
              <div key={rule.id} className="answer__proposal">
                <p>{t('competence.answer.proposed', { bill })}</p>
                <LegalBasisList bases={rule.legalBasis} compact />
              </div>
            );
          })}
        </section>
      )}

      {decision.perCategory.length > 1 && (
        <section className="answer__section" aria-labelledby={`${headingId}-categories`}>
          <h3 id={`${headingId}-categories`} className="competence-h3">
            {t('competence.answer.perCategory')}
          </h3>
          <ul className="answer__categories">
            {decision.perCategory.map((item) => (
              <li key={item.category}>
                <span className="answer__category-name">{names.category(item.category)}</span>
                <ModeBadge mode={item.mode} />
                {!item.allowed && (
                  <span className="answer__category-no">{t('competence.answer.categoryRefused')}</span>
                )}
                <span className="answer__category-reason">{item.reason[locale]}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {decision.ruleVersions.length > 0 && (
        <p className="answer__rules">
          {t('competence.answer.rules', {
            rules: decision.ruleVersions.map((r) => `${r.id} v${r.version}`).join(', '),
          })}
        </p>
      )}
    </div>
  );
}
