/** What a worker would see in this language, with a note when the text falls back or is outdated. */
import { Paragraph } from 'suomifi-ui-components';
import { SectionHeading } from '../../components/SectionHeading.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';
import { languageLabel } from './labels.ts';
import { PageText } from './PageText.tsx';
import type { Preview, WorkerLanguage } from './workerContent.types.ts';

export function PagePreview({ preview, language }: { preview: Preview; language: WorkerLanguage }) {
  const t = useT();
  return (
    <section className="panel" aria-labelledby="wc-preview-title">
      <SectionHeading id="wc-preview-title">
        {t('workerContent.preview.title', { language: languageLabel(language) })}
      </SectionHeading>
      {preview.page ? (
        <div className="wc-preview" lang={preview.lang} dir={preview.dir}>
          {preview.page.status !== 'translated' && (
            <p className="wc-preview__note">
              {t(
                preview.page.status === 'missing'
                  ? 'workerContent.preview.missing'
                  : 'workerContent.preview.outdated',
              )}
            </p>
          )}
          <PageText
            title={preview.page.title}
            summary={preview.page.summary}
            blocks={preview.page.blocks}
            lang={preview.page.lang}
            dir={preview.page.dir}
          />
        </div>
      ) : (
        <Paragraph>{t('workerContent.preview.none')}</Paragraph>
      )}
    </section>
  );
}
