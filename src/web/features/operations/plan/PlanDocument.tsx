/**
 * The plan as a document, in the seed's order: goal, organisation and command system, responsibilities
 * and tasks, occupational safety, target cards, the action plan at each target, interpretation. The
 * target cards are the server's per-reader assembly: what others hold shows only as "X holds N".
 */
import { useT } from '../../../i18n/I18nProvider.tsx';
import { useNames, useRecordsConfig } from '../../records/useRecordsConfig.ts';
import { placeLine } from './placeLine.ts';
import type { Plan, PlanCard } from './plan.api.ts';
import { useLanguageName } from './useLanguageName.ts';

const JOINT = ['goal', 'organisation', 'responsibilities', 'occupational_safety'] as const;

function Card({ card }: { card: PlanCard }) {
  const t = useT();
  const names = useNames(useRecordsConfig().data);
  const title = card.hidden ? t('operations.plan.hiddenTarget') : (card.name ?? '');
  return (
    <li className="plan-card">
      <h4 className="plan-card__title">{`${card.position}. ${title}`}</h4>
      <dl className="plan-card__facts">
        {card.businessId && (
          <>
            <dt>{t('operations.plan.card.businessId')}</dt>
            <dd>{card.businessId}</dd>
          </>
        )}
        {(card.address || card.municipality) && (
          <>
            <dt>{t('operations.plan.card.address')}</dt>
            <dd>{placeLine(card.address, card.municipality)}</dd>
          </>
        )}
        {card.worksite && (
          <>
            <dt>{t('operations.plan.card.worksite')}</dt>
            <dd>
              {[card.worksite.name, placeLine(card.worksite.address, card.worksite.municipality)]
                .filter(Boolean)
                .join(', ')}
            </dd>
          </>
        )}
        {card.score !== null && (
          <>
            <dt>{t('operations.plan.card.score')}</dt>
            <dd>{card.score.toFixed(1)}</dd>
          </>
        )}
        {card.rationale && (
          <>
            <dt>{t('operations.plan.card.rationale')}</dt>
            <dd>{card.rationale}</dd>
          </>
        )}
      </dl>
      <p>
        {t('operations.plan.card.workers', { count: String(card.employees.visible) })}
        {card.employees.nationalities.length > 0 &&
          ` (${card.employees.nationalities.map((n) => `${n.nationality} ${n.persons}`).join(', ')})`}
      </p>
      {card.mapUrl && (
        <p className="no-print">
          <a href={card.mapUrl} target="_blank" rel="noreferrer">
            {t('operations.plan.card.map', { name: title })}
          </a>
        </p>
      )}
      {card.records.length > 0 && (
        <>
          <p className="plan-card__label">{t('operations.plan.card.records')}</p>
          <ul className="plan-card__records">
            {card.records.map((r) => (
              <li key={r.id}>{`${r.title} — ${names.authority(r.ownerAuthority)}`}</li>
            ))}
          </ul>
        </>
      )}
      {card.hits.map((h) => (
        <p key={h.authority} className="plan-card__hit">
          {t('operations.plan.card.hit', { authority: names.authority(h.authority), count: String(h.count) })}
        </p>
      ))}
    </li>
  );
}

export function PlanDocument({ plan }: { plan: Plan }) {
  const t = useT();
  const none = t('operations.plan.none');
  const language = useLanguageName();
  const label = (c: PlanCard) => (c.hidden ? t('operations.plan.hiddenTarget') : (c.name ?? ''));
  return (
    <article className="plan-doc" aria-labelledby="plan-title">
      {JOINT.map((key, i) => (
        <section key={key} className="plan-doc__section">
          <h3>{`${i + 1}. ${t(`operations.plan.section.${key}`)}`}</h3>
          <p className="plan-doc__text">{plan.sections[key].trim() || none}</p>
        </section>
      ))}
      <section className="plan-doc__section">
        <h3>{`5. ${t('operations.plan.section.cards')}`}</h3>
        <ol className="plan-cards">
          {plan.targets.map((c) => (
            <Card key={c.operationTargetId} card={c} />
          ))}
        </ol>
      </section>
      <section className="plan-doc__section">
        <h3>{`6. ${t('operations.plan.section.actions')}`}</h3>
        {plan.targets.map((c) => (
          <div key={c.operationTargetId} className="plan-doc__target">
            <h4>{`${c.position}. ${label(c)}`}</h4>
            <p className="plan-doc__text">{c.actionPlan.trim() || none}</p>
          </div>
        ))}
      </section>
      <section className="plan-doc__section">
        <h3>{`7. ${t('operations.plan.section.interpretation')}`}</h3>
        <p className="plan-doc__text">{plan.sections.interpretation.trim() || none}</p>
        <ul>
          {plan.targets.map((c) => (
            <li key={c.operationTargetId}>
              {`${c.position}. ${label(c)}: ${c.interpretation.map(language).join(', ') || none}`}
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
