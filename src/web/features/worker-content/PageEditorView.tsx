/**
 * The side-by-side editor of one page in one language: the source text (Finnish or English) on the
 * left, the text being written on the right with the target language's `lang` and `dir`. Save makes a
 * new version (a draft); preview shows what a worker would see; publish puts the newest version live.
 */
import { InlineAlert } from 'suomifi-ui-components';
import { AppLink } from '../../components/AppLink.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { SectionHeading } from '../../components/SectionHeading.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';
import { languageLabel } from './labels.ts';
import { PageConfirmDialogs } from './PageConfirmDialogs.tsx';
import { PagePreview } from './PagePreview.tsx';
import { PageStatusPanel } from './PageStatusPanel.tsx';
import { SourceColumn } from './SourceColumn.tsx';
import { TranslationForm } from './TranslationForm.tsx';
import { usePageEditor } from './usePageEditor.ts';
import { VersionHistory } from './VersionHistory.tsx';
import { WORKER_CONTENT_PATH } from './workerContent.routes.ts';

export function PageEditorView({ slug, lang }: { slug: string; lang: string }) {
  const t = useT();
  const editor = usePageEditor(slug, lang);
  const { page, overview, history, data, language, busy } = editor;
  const title = data?.sources.en?.title ?? data?.sources.fi?.title ?? slug;

  return (
    <>
      <p className="wc-crumb">
        <AppLink href={WORKER_CONTENT_PATH}>{t('workerContent.title')}</AppLink>
      </p>
      <PageHeading>
        {t('workerContent.editor.title', { page: title, language: languageLabel(language) })}
      </PageHeading>
      {(page.loading || overview.loading) && !data && <Loading />}
      {page.error !== null && <ErrorAlert error={page.error} onRetry={page.reload} />}
      {data && (
        <>
          <PageStatusPanel
            slug={slug}
            lang={lang}
            languages={editor.languages}
            data={data}
            busy={busy}
            dirty={editor.dirty}
            onConfirm={editor.setConfirm}
          />

          {editor.message && (
            <InlineAlert status="neutral" className="wc-message" role="status">
              {editor.message}
            </InlineAlert>
          )}
          {editor.error !== null && <ErrorAlert error={editor.error} />}

          <div className="wc-columns">
            <SourceColumn
              language={language}
              languages={editor.languages}
              sourceChoices={editor.sourceChoices}
              shownSource={editor.shownSource}
              onSourceLang={editor.setSourceLang}
              source={editor.source}
              languageName={editor.languageName}
            />
            <TranslationForm
              lang={lang}
              language={language}
              isNew={!data.latest && !editor.isSource}
              values={editor.values}
              onChange={editor.change}
              invalid={editor.invalid}
              busy={busy}
              onSave={editor.save}
              onPreview={editor.showPreview}
            />
          </div>

          {editor.preview && <PagePreview preview={editor.preview} language={language} />}

          <section className="panel" aria-labelledby="wc-history-title">
            <SectionHeading id="wc-history-title">{t('workerContent.history.title')}</SectionHeading>
            {history.error !== null && <ErrorAlert error={history.error} onRetry={history.reload} />}
            {history.data && <VersionHistory items={history.data} onLoad={editor.loadVersion} />}
          </section>
        </>
      )}

      <PageConfirmDialogs
        confirm={editor.confirm}
        data={data}
        lang={lang}
        language={language}
        onPublish={editor.publish}
        onUnpublish={editor.unpublish}
        onCancel={() => editor.setConfirm(null)}
      />
    </>
  );
}
