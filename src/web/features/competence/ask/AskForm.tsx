/**
 * The question: who gives (the user's own authority unless changed), to whom, which kinds of
 * information, for what purpose, and whether they asked. Categories the giver holds are offered first.
 */
import { type FormEvent, useState } from 'react';
import {
  Button,
  Checkbox,
  CheckboxGroup,
  Dropdown,
  DropdownItem,
  RadioButton,
  RadioButtonGroup,
} from 'suomifi-ui-components';
import { useLocale, useT } from '../../../i18n/I18nProvider.tsx';
import type { MessageKey } from '../../../i18n/messages.ts';
import type { CompetenceConfig, Initiative } from '../competence.types.ts';
import { type AskQuery, isComplete } from './askQuery.ts';

interface AskFormProps {
  config: CompetenceConfig;
  value: AskQuery;
  onChange: (value: AskQuery) => void;
  onSubmit: () => void;
  asking: boolean;
}

type Missing = Partial<Record<'to' | 'categories' | 'purpose', MessageKey>>;

export function AskForm({ config, value, onChange, onSubmit, asking }: AskFormProps) {
  const t = useT();
  const { locale } = useLocale();
  const [missing, setMissing] = useState<Missing>({});
  const held = config.categories.filter((c) => (c.holder as string[]).includes(value.from));
  const others = config.categories.filter((c) => !held.includes(c));
  const [showAll, setShowAll] = useState(() =>
    value.categories.some((code) => others.some((c) => c.code === code)),
  );
  const shown = showAll || held.length === 0 ? [...held, ...others] : held;
  const set = (change: Partial<AskQuery>) => {
    setMissing((previous) => {
      const next = { ...previous };
      for (const key of Object.keys(change)) delete next[key as keyof Missing];
      return next;
    });
    onChange({ ...value, ...change, confirmed: [] });
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems: Missing = {};
    if (!value.to) problems.to = 'competence.ask.needTo';
    if (value.categories.length === 0) problems.categories = 'competence.ask.needCategories';
    if (!value.purpose) problems.purpose = 'competence.ask.needPurpose';
    setMissing(problems);
    if (isComplete(value)) onSubmit();
  }

  return (
    <form className="panel ask-form" onSubmit={submit} noValidate aria-label={t('competence.ask.formLabel')}>
      <div className="ask-form__parties">
        <Dropdown
          labelText={t('competence.field.from')}
          value={value.from}
          onChange={(from) => set({ from, to: value.to === from ? '' : value.to, categories: [] })}
          fullWidth
        >
          {config.authorities.map((authority) => (
            <DropdownItem key={authority.code} value={authority.code}>
              {authority.name[locale]}
            </DropdownItem>
          ))}
        </Dropdown>
        <Dropdown
          labelText={t('competence.field.to')}
          visualPlaceholder={t('competence.ask.choose')}
          value={value.to || null}
          onChange={(to) => set({ to })}
          status={missing.to ? 'error' : 'default'}
          statusText={missing.to ? t(missing.to) : undefined}
          fullWidth
        >
          {config.authorities
            .filter((authority) => authority.code !== value.from)
            .map((authority) => (
              <DropdownItem key={authority.code} value={authority.code}>
                {authority.name[locale]}
              </DropdownItem>
            ))}
        </Dropdown>
      </div>

      <CheckboxGroup
        labelText={t('competence.field.categories')}
        groupHintText={held.length > 0 && !showAll ? t('competence.ask.categoriesHint') : undefined}
        groupStatus={missing.categories ? 'error' : 'default'}
        groupStatusText={missing.categories ? t(missing.categories) : undefined}
        className="ask-form__categories"
      >
        {shown.map((category) => (
          <Checkbox
            key={category.code}
            value={category.code}
            checked={value.categories.includes(category.code)}
            onClick={({ checkboxState }) =>
              set({
                categories: checkboxState
                  ? [...value.categories, category.code]
                  : value.categories.filter((code) => code !== category.code),
              })
            }
          >
            {category.name[locale]}
          </Checkbox>
        ))}
      </CheckboxGroup>
      {held.length > 0 && others.length > 0 && (
        <Button
          variant="secondaryNoBorder"
          className="ask-form__more"
          aria-expanded={showAll}
          onClick={() => setShowAll((on) => !on)}
        >
          {showAll
            ? t('competence.ask.fewerCategories')
            : t('competence.ask.moreCategories', { count: others.length })}
        </Button>
      )}

      <Dropdown
        labelText={t('competence.field.purpose')}
        hintText={t('competence.ask.purposeHint')}
        visualPlaceholder={t('competence.ask.choose')}
        value={value.purpose || null}
        onChange={(purpose) => set({ purpose })}
        status={missing.purpose ? 'error' : 'default'}
        statusText={missing.purpose ? t(missing.purpose) : undefined}
        fullWidth
      >
        {config.purposes.map((purpose) => (
          <DropdownItem key={purpose.code} value={purpose.code}>
            {purpose.label[locale]}
          </DropdownItem>
        ))}
      </Dropdown>

      <RadioButtonGroup
        labelText={t('competence.field.initiative')}
        name="ask-initiative"
        value={value.initiative}
        onChange={(initiative) => set({ initiative: initiative as Initiative })}
      >
        <RadioButton value="own">{t('competence.initiative.own')}</RadioButton>
        <RadioButton value="request">{t('competence.initiative.request')}</RadioButton>
      </RadioButtonGroup>

      {asking ? (
        <Button type="submit" loading ariaLoadingText={t('competence.ask.asking')}>
          {t('competence.ask.asking')}
        </Button>
      ) : (
        <Button type="submit">{t('competence.ask.submit')}</Button>
      )}
    </form>
  );
}
