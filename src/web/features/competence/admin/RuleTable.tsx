/** The filtered rules; choosing one opens it for editing below. */
import { Button } from 'suomifi-ui-components';
import { ScrollRegion } from '../../../components/ScrollRegion.tsx';
import { useT } from '../../../i18n/I18nProvider.tsx';
import type { DisclosureRule } from '../competence.types.ts';
import type { Names } from '../names.ts';
import { ModeBadge } from '../shared/ModeBadge.tsx';
import { StatusBadges } from '../shared/StatusBadges.tsx';

interface RuleTableProps {
  rules: DisclosureRule[];
  names: Names;
  selected: string | null;
  onSelect: (id: string) => void;
}

export function RuleTable({ rules, names, selected, onSelect }: RuleTableProps) {
  const t = useT();
  return (
    <ScrollRegion className="competence-scroll rule-scroll" aria-labelledby="rule-table-caption">
      <table className="rule-table">
        <caption id="rule-table-caption" className="visually-hidden">
          {t('competence.admin.rulesTable')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('competence.admin.ruleId')}</th>
            <th scope="col">{t('competence.admin.parties')}</th>
            <th scope="col">{t('competence.admin.mode')}</th>
            <th scope="col">{t('competence.admin.versionCol')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('competence.admin.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rules.map((rule) => (
            <tr key={rule.id} className={rule.id === selected ? 'rule-table__row--selected' : undefined}>
              <th scope="row">
                <code>{rule.id}</code> <StatusBadges verified={rule.verified} status={rule.status} />
              </th>
              <td>
                {names.authorityShort(rule.from)} → {names.authorityShort(rule.to)}
              </td>
              <td>
                <ModeBadge mode={rule.mode} />
              </td>
              <td>{rule.version}</td>
              <td>
                <Button
                  variant="secondary"
                  aria-pressed={rule.id === selected}
                  aria-label={t('competence.admin.openRule', { id: rule.id })}
                  onClick={() => onSelect(rule.id)}
                >
                  {t('competence.admin.open')}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
