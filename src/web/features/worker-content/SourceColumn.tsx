/** The left column: the source text the translation is written from, and which source to show. */
import { Paragraph, RadioButton, RadioButtonGroup } from 'suomifi-ui-components';
import { SectionHeading } from '../../components/SectionHeading.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { languageLabel } from './labels.ts';
import { PageText } from './PageText.tsx';
import type { Version, WorkerLanguage } from './workerContent.types.ts';

interface SourceColumnProps {
  /** The language being written, whose details stand in for a source language the list lacks. */
  language: WorkerLanguage;
  languages: WorkerLanguage[];
  sourceChoices: string[];
  shownSource: string | null;
  onSourceLang: (code: string) => void;
  source: Version | undefined;
  languageName: (code: string) => string;
}

export function SourceColumn(props: SourceColumnProps) {
  const { language, languages, sourceChoices, source } = props;
  const t = useT();
  const format = useFormat();
  return (
    <section className="panel wc-column" aria-labelledby="wc-source-title">
      <SectionHeading id="wc-source-title">{t('workerContent.editor.source')}</SectionHeading>
      {sourceChoices.length > 1 && (
        <RadioButtonGroup
          name="wc-source"
          labelText={t('workerContent.editor.sourceLanguage')}
          value={props.shownSource ?? ''}
          onChange={props.onSourceLang}
          className="wc-source-choice"
        >
          {sourceChoices.map((code) => (
            <RadioButton key={code} value={code}>
              {languageLabel(
                languages.find((l) => l.code === code) ?? {
                  ...language,
                  code,
                  nativeName: code,
                  englishName: code,
                },
              )}
            </RadioButton>
          ))}
        </RadioButtonGroup>
      )}
      {source ? (
        <>
          <Paragraph className="wc-hint">
            {t('workerContent.editor.sourceVersion', {
              language: props.languageName(source.lang),
              number: source.number,
              date: format.dateTime(source.createdAt),
            })}
          </Paragraph>
          <PageText
            title={source.title}
            summary={source.summary}
            blocks={source.blocks}
            lang={source.lang}
            dir="ltr"
          />
        </>
      ) : (
        <Paragraph>{t('workerContent.editor.noSource')}</Paragraph>
      )}
    </section>
  );
}
