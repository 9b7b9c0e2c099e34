/**
 * One disclosure rule as a card: mode, the other authority, what and for which purpose, the legal
 * basis with its source link, and the conditions behind a disclosure widget. Ends with a link that
 * asks the engine about exactly this case.
 */
import { AppLink } from '../../../components/AppLink.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { useLocale, useT } from '../../../i18n/I18nProvider.tsx';
import { askSearch } from '../ask/askQuery.ts';
import { authorityPath, COMPETENCE_PATH } from '../competence.routes.ts';
import type { DisclosureRule } from '../competence.types.ts';
import type { Names } from '../names.ts';
import { LegalBasisList } from './LegalBasisList.tsx';
import { ModeBadge } from './ModeBadge.tsx';
import { StatusBadges } from './StatusBadges.tsx';
import './rule-card.css';

interface RuleCardProps {
  rule: DisclosureRule;
  names: Names;
  /** Which side the page is about: the card names the other one. */
  side: 'from' | 'to';
}

export function RuleCard({ rule, names, side }: RuleCardProps) {
  const t = useT();
  const { locale } = useLocale();
  const format = useFormat();
  const other = side === 'from' ? rule.to : rule.from;
  const askHref = `${COMPETENCE_PATH}/ask?${askSearch({
    from: rule.from,
    to: rule.to,
    categories: rule.categories,
    purpose: rule.purposes[0] ?? '',
    initiative: rule.mode === 'on_request' ? 'request' : 'own',
  })}`;
  const details = rule.conditions.length + rule.requires.length + (rule.sourceNote ? 1 : 0);

  return (
    <li className={`rule-card rule-card--${rule.status}`}>
      <div className="rule-card__head">
        <ModeBadge mode={rule.mode} />
        <span className="rule-card__party">
          {t(side === 'from' ? 'competence.rule.to' : 'competence.rule.from')}{' '}
          <AppLink href={authorityPath(other)}>{names.authority(other)}</AppLink>
        </span>
        <StatusBadges verified={rule.verified} status={rule.status} />
      </div>
      <dl className="rule-card__facts">
        <div>
          <dt>{t('competence.rule.categories')}</dt>
          <dd>{rule.categories.map(names.category).join(', ')}</dd>
        </div>
        <div>
          <dt>{t('competence.rule.purposes')}</dt>
          <dd>
            {rule.purposes.length > 0
              ? rule.purposes.map(names.purpose).join(', ')
              : t('competence.rule.anyPurpose')}
          </dd>
        </div>
        {(rule.validFrom || rule.validTo) && (
          <div>
            <dt>{t('competence.rule.validity')}</dt>
            <dd>
              {[
                rule.validFrom && t('competence.rule.since', { date: format.date(rule.validFrom) }),
                rule.validTo && t('competence.rule.until', { date: format.date(rule.validTo) }),
              ]
                .filter(Boolean)
                .join(' – ')}
            </dd>
          </div>
        )}
        <div>
          <dt>{t('competence.rule.legalBasis')}</dt>
          <dd>
            <LegalBasisList bases={rule.legalBasis} compact />
          </dd>
        </div>
      </dl>
      {details > 0 && (
        <details className="rule-card__more">
          <summary>{t('competence.rule.conditions', { count: details })}</summary>
          {rule.requires.length > 0 && (
            <>
              <p className="rule-card__label">{t('competence.rule.requires')}</p>
              <ul>
                {rule.requires.map((code) => (
                  <li key={code}>{names.circumstance(code)}</li>
                ))}
              </ul>
            </>
          )}
          {rule.conditions.length > 0 && (
            <ul>
              {rule.conditions.map((condition) => (
                <li key={condition.fi}>{condition[locale]}</li>
              ))}
            </ul>
          )}
          {rule.sourceNote && <p className="rule-card__note">{rule.sourceNote[locale]}</p>}
        </details>
      )}
      <AppLink href={askHref} className="rule-card__ask">
        {t('competence.rule.ask')}
      </AppLink>
    </li>
  );
}
