/**
 * The right column: the text being written, in the target language's `lang` and `dir`, with the
 * required fields marked once a save finds them empty; save makes a new version, preview shows it.
 */
import type { FormEvent } from 'react';
import { Button, Paragraph, Textarea, TextInput } from 'suomifi-ui-components';
import { SectionHeading } from '../../components/SectionHeading.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';
import { BlocksEditor } from './BlocksEditor.tsx';
import { languageLabel } from './labels.ts';
import type { PageFormValues } from './pageForm.ts';
import type { WorkerLanguage } from './workerContent.types.ts';

interface TranslationFormProps {
  lang: string;
  language: WorkerLanguage;
  /** A translation with no version yet, started from its source. */
  isNew: boolean;
  values: PageFormValues;
  onChange: (next: Partial<PageFormValues>) => void;
  /** Fields the last save found missing. */
  invalid: string[];
  busy: boolean;
  onSave: (event: FormEvent) => void;
  onPreview: () => void;
}

export function TranslationForm(props: TranslationFormProps) {
  const { lang, language, values, onChange: change, invalid, busy } = props;
  const t = useT();
  const required = (field: string) =>
    invalid.includes(field)
      ? { status: 'error' as const, statusText: t('workerContent.editor.required') }
      : {};
  return (
    <section className="panel wc-column" aria-labelledby="wc-target-title">
      <SectionHeading id="wc-target-title">
        {t('workerContent.editor.target', { language: languageLabel(language) })}
      </SectionHeading>
      {props.isNew && <Paragraph className="wc-hint">{t('workerContent.editor.newTranslation')}</Paragraph>}
      <form noValidate onSubmit={props.onSave} className="wc-form" aria-labelledby="wc-target-title">
        <TextInput
          id="wc-title"
          labelText={t('workerContent.field.title')}
          value={values.title}
          onChange={(value) => change({ title: String(value ?? '') })}
          lang={lang}
          dir={language.dir}
          fullWidth
          {...required('title')}
        />
        <Textarea
          id="wc-summary"
          labelText={t('workerContent.field.summary')}
          value={values.summary}
          onChange={(event) => change({ summary: event.target.value })}
          lang={lang}
          dir={language.dir}
          fullWidth
          resize="vertical"
          rows={2}
          {...required('summary')}
        />
        <BlocksEditor
          blocks={values.blocks}
          onChange={(blocks) => change({ blocks })}
          lang={lang}
          dir={language.dir}
          invalid={invalid}
        />
        <Textarea
          labelText={t('workerContent.field.sources')}
          hintText={t('workerContent.field.sourcesHint')}
          value={values.sources}
          onChange={(event) => change({ sources: event.target.value })}
          dir="ltr"
          fullWidth
          resize="vertical"
          rows={3}
        />
        <TextInput
          labelText={t('workerContent.field.note')}
          hintText={t('workerContent.field.noteHint')}
          value={values.note}
          onChange={(value) => change({ note: String(value ?? '') })}
          fullWidth
          optionalText={t('workerContent.optional')}
        />
        <div className="wc-actions">
          <Button type="submit" disabled={busy}>
            {t('workerContent.editor.save')}
          </Button>
          <Button variant="secondary" disabled={busy} onClick={props.onPreview}>
            {t('workerContent.editor.preview')}
          </Button>
        </div>
      </form>
    </section>
  );
}
