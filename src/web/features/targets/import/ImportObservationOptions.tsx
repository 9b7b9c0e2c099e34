/** What imported observations get besides their columns: classification, secrecy basis, categories. */
import { Checkbox, CheckboxGroup, RadioButton, RadioButtonGroup, TextInput } from 'suomifi-ui-components';
import { useLocale, useT } from '../../../i18n/I18nProvider.tsx';
import type { CompetenceConfig } from '../../records/records.types.ts';
import type { ImportClassification, ObservationOptions } from './useImport.ts';

interface ImportObservationOptionsProps {
  options: ObservationOptions;
  /** The data categories to choose from (the page loads them on arrival). */
  categoryChoices: CompetenceConfig['categories'];
}

export function ImportObservationOptions({ options, categoryChoices }: ImportObservationOptionsProps) {
  const t = useT();
  const { locale } = useLocale();
  const { classification, secrecyBasis, categories } = options;
  return (
    <>
      <RadioButtonGroup
        name="import-classification"
        labelText={t('targets.field.classification')}
        value={classification}
        onChange={(value) => options.setClassification(value as ImportClassification)}
      >
        <RadioButton value="public">{t('records.classification.public')}</RadioButton>
        <RadioButton value="restricted">{t('records.classification.restricted')}</RadioButton>
        <RadioButton value="secret">{t('records.classification.secret')}</RadioButton>
      </RadioButtonGroup>
      {classification !== 'public' && (
        <TextInput
          labelText={t('records.field.secrecyBasis')}
          value={secrecyBasis}
          onChange={(value) => options.setSecrecyBasis(String(value ?? ''))}
          fullWidth
        />
      )}
      <CheckboxGroup
        labelText={t('targets.import.categories')}
        groupHintText={t('targets.import.categoriesHint')}
      >
        {categoryChoices.map((category) => (
          <Checkbox
            key={category.code}
            checked={categories.includes(category.code)}
            onClick={({ checkboxState }) => options.toggleCategory(category.code, checkboxState)}
          >
            {category.name[locale]}
          </Checkbox>
        ))}
      </CheckboxGroup>
    </>
  );
}
