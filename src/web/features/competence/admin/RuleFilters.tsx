/** Narrowing the rule list: by giving or receiving authority, category and status. */
import { Dropdown, DropdownItem, TextInput } from 'suomifi-ui-components';
import { useLocale, useT } from '../../../i18n/I18nProvider.tsx';
import type { CompetenceConfig, DisclosureRule } from '../competence.types.ts';

export interface Filters {
  from: string;
  to: string;
  category: string;
  status: 'all' | 'in_force' | 'proposed' | 'unverified';
  text: string;
}

export const NO_FILTERS: Filters = { from: 'all', to: 'all', category: 'all', status: 'all', text: '' };

export function matches(rule: DisclosureRule, filters: Filters): boolean {
  if (filters.from !== 'all' && rule.from !== filters.from) return false;
  if (filters.to !== 'all' && rule.to !== filters.to) return false;
  if (filters.category !== 'all' && !rule.categories.includes(filters.category)) return false;
  if (filters.status === 'unverified' && rule.verified) return false;
  if ((filters.status === 'in_force' || filters.status === 'proposed') && rule.status !== filters.status)
    return false;
  const text = filters.text.trim().toLowerCase();
  return text === '' || rule.id.includes(text);
}

interface RuleFiltersProps {
  config: CompetenceConfig;
  value: Filters;
  onChange: (value: Filters) => void;
}

export function RuleFilters({ config, value, onChange }: RuleFiltersProps) {
  const t = useT();
  const { locale } = useLocale();
  const set = (change: Partial<Filters>) => onChange({ ...value, ...change });
  const authorities = [
    <DropdownItem key="all" value="all">
      {t('competence.admin.all')}
    </DropdownItem>,
    ...config.authorities.map((a) => (
      <DropdownItem key={a.code} value={a.code}>
        {a.shortName[locale]}
      </DropdownItem>
    )),
  ];
  return (
    <div className="rule-filters">
      <Dropdown labelText={t('competence.field.from')} value={value.from} onChange={(from) => set({ from })}>
        {authorities}
      </Dropdown>
      <Dropdown labelText={t('competence.field.to')} value={value.to} onChange={(to) => set({ to })}>
        {authorities}
      </Dropdown>
      <Dropdown
        labelText={t('competence.field.category')}
        value={value.category}
        onChange={(category) => set({ category })}
      >
        {[
          <DropdownItem key="all" value="all">
            {t('competence.admin.all')}
          </DropdownItem>,
          ...config.categories.map((c) => (
            <DropdownItem key={c.code} value={c.code}>
              {c.name[locale]}
            </DropdownItem>
          )),
        ]}
      </Dropdown>
      <Dropdown
        labelText={t('competence.admin.status')}
        value={value.status}
        onChange={(status) => set({ status: status as Filters['status'] })}
      >
        <DropdownItem value="all">{t('competence.admin.all')}</DropdownItem>
        <DropdownItem value="in_force">{t('competence.admin.inForce')}</DropdownItem>
        <DropdownItem value="proposed">{t('competence.badge.proposed')}</DropdownItem>
        <DropdownItem value="unverified">{t('competence.badge.unverified')}</DropdownItem>
      </Dropdown>
      <TextInput
        labelText={t('competence.admin.search')}
        value={value.text}
        onChange={(text) => set({ text: String(text ?? '') })}
      />
    </div>
  );
}
