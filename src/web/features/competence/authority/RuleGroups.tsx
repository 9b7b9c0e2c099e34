/** Rules from (or to) one authority, one group per mode with its colour, icon and name. */
import { useT } from '../../../i18n/I18nProvider.tsx';
import type { Names } from '../names.ts';
import { ModeBadge } from '../shared/ModeBadge.tsx';
import { RuleCard } from '../shared/RuleCard.tsx';
import type { RuleGroup } from './profile.ts';

interface RuleGroupsProps {
  id: string;
  title: string;
  intro: string;
  groups: RuleGroup[];
  names: Names;
  side: 'from' | 'to';
}

export function RuleGroups({ id, title, intro, groups, names, side }: RuleGroupsProps) {
  const t = useT();
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id} className="competence-h2">
        {title}
      </h2>
      <p className="competence-section-intro">{intro}</p>
      {groups.length === 0 && <p>{t('competence.authority.noRules')}</p>}
      {groups.map((group) => (
        <div key={group.mode} className="rule-group">
          <h3 className="competence-h3 rule-group__heading">
            <ModeBadge mode={group.mode} />
            <span className="rule-group__count">
              {t('competence.authority.ruleCount', { count: group.rules.length })}
            </span>
          </h3>
          <ul className="rule-list">
            {group.rules.map((rule) => (
              <RuleCard key={rule.id} rule={rule} names={names} side={side} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
