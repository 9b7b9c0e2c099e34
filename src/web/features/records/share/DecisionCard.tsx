/**
 * The engine's answer for one recipient, as the official must see it before sharing: yes / no / must,
 * the explanation in the current language, the legal bases with links, the conditions as a checklist
 * to tick, circumstances that would open a rule, and the unverified and proposed-law notices.
 */
import { Checkbox, CheckboxGroup, InlineAlert } from 'suomifi-ui-components';
import { useLocale, useT } from '../../../i18n/I18nProvider.tsx';
import type { CompetenceConfig, DisclosureDecision } from '../records.types.ts';
import { LegalBases } from './LegalBases.tsx';
import { answerLine, conditionId, confirmableCircumstances } from './shareState.ts';

interface DecisionCardProps {
  to: string;
  recipientName: string;
  decision: DisclosureDecision;
  config: CompetenceConfig;
  ticked: ReadonlySet<string>;
  onTick: (id: string, on: boolean) => void;
  confirmed: string[];
  onConfirm: (code: string, on: boolean) => void;
}

export function DecisionCard({
  to,
  recipientName,
  decision,
  config,
  ticked,
  onTick,
  confirmed,
  onConfirm,
}: DecisionCardProps) {
  const t = useT();
  const { locale } = useLocale();
  const line = answerLine(decision);
  const headingId = `decision-${to}`;
  const circumstances = confirmableCircumstances(config, decision);
  const confirmedHere = config.circumstances.filter(
    (c) => confirmed.includes(c.code) && !circumstances.some((open) => open.code === c.code),
  );

  return (
    <section className={`decision decision--${line.tone}`} aria-labelledby={headingId}>
      <h4 id={headingId} className="decision__title">
        <span className="decision__recipient">{`${recipientName}:`}</span>
        <span className="decision__answer">{t(line.text)}</span>
      </h4>
      <p className="decision__explanation">{decision.explanation[locale]}</p>

      {decision.legalBases.length > 0 && (
        <div className="decision__part">
          <h5 className="decision__subtitle">{t('records.answer.legalBases')}</h5>
          <LegalBases bases={decision.legalBases} />
        </div>
      )}

      {decision.unverified && (
        <InlineAlert status="warning" className="decision__alert">
          {t('records.answer.unverified')}
        </InlineAlert>
      )}

      {decision.allowed && decision.conditions.length > 0 && (
        <CheckboxGroup
          className="decision__part"
          labelText={t('records.answer.conditions')}
          groupHintText={t('records.answer.conditionsHint')}
        >
          {decision.conditions.map((condition, index) => {
            const id = conditionId(to, index);
            return (
              <Checkbox
                key={id}
                checked={ticked.has(id)}
                onClick={({ checkboxState }) => onTick(id, checkboxState)}
              >
                {condition[locale]}
              </Checkbox>
            );
          })}
        </CheckboxGroup>
      )}

      {(circumstances.length > 0 || confirmedHere.length > 0) && (
        <CheckboxGroup
          className="decision__part"
          labelText={t('records.answer.confirmTitle')}
          groupHintText={t('records.answer.confirmHint')}
        >
          {[...circumstances, ...confirmedHere].map((circumstance) => (
            <Checkbox
              key={circumstance.code}
              checked={confirmed.includes(circumstance.code)}
              onClick={({ checkboxState }) => onConfirm(circumstance.code, checkboxState)}
            >
              {circumstance.label[locale]}
            </Checkbox>
          ))}
        </CheckboxGroup>
      )}

      {decision.proposedOnly.length > 0 && (
        <div className="decision__part decision__proposed">
          <h5 className="decision__subtitle">{t('records.answer.proposedTitle')}</h5>
          {decision.proposedOnly.map((rule) => (
            <div key={rule.id}>
              <p>
                {t('records.answer.proposed', {
                  bill: rule.legalBasis.find((b) => b.status === 'proposed')?.lawNumber ?? rule.id,
                })}
              </p>
              <LegalBases bases={rule.legalBasis} />
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
