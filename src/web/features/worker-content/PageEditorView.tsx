/**
 * The side-by-side editor of one page in one language: the source text (Finnish or English) on the
 * left, the text being written on the right with the target language's `lang` and `dir`. Save makes a
 * new version (a draft); preview shows what a worker would see; publish puts the newest version live.
 */
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import {
  Button,
  Dropdown,
  DropdownItem,
  InlineAlert,
  Paragraph,
  RadioButton,
  RadioButtonGroup,
  Textarea,
  TextInput,
} from 'suomifi-ui-components';
import { navigate } from '../../app/router.ts';
import { useApiData } from '../../app/useApiData.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { SectionHeading } from '../../components/SectionHeading.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { BlocksEditor } from './BlocksEditor.tsx';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { languageLabel } from './labels.ts';
import { PageText } from './PageText.tsx';
import {
  blankFromSource,
  draftFromForm,
  formFromVersion,
  missingFields,
  type PageFormValues,
} from './pageForm.ts';
import { StateBadge } from './StateBadge.tsx';
import { VersionHistory } from './VersionHistory.tsx';
import { workerContentApi } from './workerContent.api.ts';
import { pageEditorPath, WORKER_CONTENT_PATH } from './workerContent.routes.ts';
import type { PageLanguageView, Preview, WorkerLanguage } from './workerContent.types.ts';

const EMPTY: PageFormValues = { title: '', summary: '', blocks: [], sources: '', note: '' };

type Confirm = 'publish' | 'publishAll' | 'unpublish' | null;

export function PageEditorView({ slug, lang }: { slug: string; lang: string }) {
  const t = useT();
  const format = useFormat();
  const overview = useApiData(workerContentApi.pages);
  const loadPage = useCallback(
    (signal: AbortSignal) => workerContentApi.page(slug, lang, signal),
    [slug, lang],
  );
  const page = useApiData(loadPage);
  const loadHistory = useCallback(
    (signal: AbortSignal) => workerContentApi.history(slug, lang, signal),
    [slug, lang],
  );
  const history = useApiData(loadHistory);

  const [values, setValues] = useState<PageFormValues>(EMPTY);
  const [dirty, setDirty] = useState(false);
  const [sourceLang, setSourceLang] = useState<string | null>(null);
  const [invalid, setInvalid] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [confirm, setConfirm] = useState<Confirm>(null);

  const languages = overview.data?.languages ?? [];
  const sourceLanguages = overview.data?.sourceLanguages ?? ['fi', 'en'];
  const language: WorkerLanguage = languages.find((l) => l.code === lang) ?? {
    code: lang,
    nativeName: lang,
    englishName: lang,
    dir: 'ltr',
  };
  const isSource = sourceLanguages.includes(lang);
  const languageName = (code: string) => {
    const found = languages.find((l) => l.code === code);
    return found ? languageLabel(found) : code;
  };
  const data = page.data;

  // The source shown on the left: English for a translation if it exists, else Finnish; for a source
  // language, the other source language.
  const sourceChoices = data ? sourceLanguages.filter((code) => code !== lang && data.sources[code]) : [];
  const shownSource =
    sourceLang && sourceChoices.includes(sourceLang) ? sourceLang : (sourceChoices.at(-1) ?? null);
  const source = data && shownSource ? data.sources[shownSource] : undefined;

  // Fill the form once per load of the page: the newest version, or an empty translation.
  // biome-ignore lint/correctness/useExhaustiveDependencies: refill only when the loaded page changes
  useEffect(() => {
    if (!data) return;
    setValues(initialValues(data, sourceLanguages));
    setDirty(false);
    setInvalid([]);
  }, [data]);

  const change = (next: Partial<PageFormValues>) => {
    setValues((previous) => ({ ...previous, ...next }));
    setDirty(true);
    setMessage(null);
  };

  const run = async (action: () => Promise<string>) => {
    setBusy(true);
    setError(null);
    setMessage(null);
    try {
      setMessage(await action());
    } catch (reason) {
      setError(reason);
    } finally {
      setBusy(false);
    }
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    const missing = missingFields(values);
    setInvalid(missing);
    if (missing.length > 0) {
      document
        .getElementById(
          missing[0] === 'title' ? 'wc-title' : missing[0] === 'summary' ? 'wc-summary' : `wc-${missing[0]}`,
        )
        ?.focus();
      return;
    }
    if (!isSource && !source) return;
    void run(async () => {
      const result = await workerContentApi.save(
        slug,
        lang,
        draftFromForm(values, isSource ? undefined : source?.id),
      );
      setDirty(false);
      page.reload();
      history.reload();
      overview.reload();
      return result.created
        ? t('workerContent.editor.saved', { number: result.version.number })
        : t('workerContent.editor.unchanged');
    });
  };

  const showPreview = () =>
    void run(async () => {
      const draft = draftFromForm(values);
      const result = await workerContentApi.preview(
        lang,
        slug,
        missingFields(values).length === 0 ? draft : undefined,
      );
      setPreview(result);
      return t('workerContent.preview.ready');
    });

  const publish = (languagesToPublish?: string[]) =>
    void run(async () => {
      setConfirm(null);
      const result = await workerContentApi.publish(slug, languagesToPublish);
      page.reload();
      history.reload();
      overview.reload();
      return result.changed
        ? t('workerContent.editor.published')
        : t('workerContent.editor.nothingToPublish');
    });

  const unpublish = () =>
    void run(async () => {
      setConfirm(null);
      await workerContentApi.unpublish(slug);
      page.reload();
      overview.reload();
      return t('workerContent.editor.unpublished');
    });

  const loadVersion = (number: number) =>
    void run(async () => {
      const version = await workerContentApi.version(slug, lang, number);
      setValues(formFromVersion(version));
      setDirty(true);
      return t('workerContent.history.loaded', { number });
    });

  const title = data?.sources.en?.title ?? data?.sources.fi?.title ?? slug;
  const required = (field: string) =>
    invalid.includes(field)
      ? { status: 'error' as const, statusText: t('workerContent.editor.required') }
      : {};

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
          <div className="panel wc-status">
            <Dropdown
              labelText={t('workerContent.editor.language')}
              value={lang}
              onChange={(code) => navigate(pageEditorPath(slug, code))}
              className="wc-status__language"
            >
              {languages.map((l) => (
                <DropdownItem key={l.code} value={l.code}>
                  {languageLabel(l)}
                </DropdownItem>
              ))}
            </Dropdown>
            <dl className="wc-status__facts">
              <dt>{t('workerContent.editor.state')}</dt>
              <dd>
                <StateBadge state={data.state} />
              </dd>
              <dt>{t('workerContent.editor.latest')}</dt>
              <dd>
                {data.latest ? `${data.latest.number} · ${format.dateTime(data.latest.createdAt)}` : '–'}
              </dd>
              <dt>{t('workerContent.editor.publishedVersion')}</dt>
              <dd>{data.publishedNumber ?? '–'}</dd>
              <dt>{t('workerContent.editor.pageInApp')}</dt>
              <dd>
                {data.pagePublished
                  ? t('workerContent.editor.pageShown')
                  : t('workerContent.editor.pageHidden')}
              </dd>
              {data.basedOn && (
                <>
                  <dt>{t('workerContent.editor.basedOn')}</dt>
                  <dd>
                    {t('workerContent.history.basedOnValue', {
                      lang: data.basedOn.lang,
                      number: data.basedOn.number,
                    })}
                  </dd>
                </>
              )}
            </dl>
            <div className="wc-actions">
              <Button
                disabled={busy || dirty || !data.latest || data.latest.number === data.publishedNumber}
                onClick={() => setConfirm('publish')}
              >
                {t('workerContent.editor.publish')}
              </Button>
              <Button variant="secondary" disabled={busy || dirty} onClick={() => setConfirm('publishAll')}>
                {t('workerContent.editor.publishAll')}
              </Button>
              {data.pagePublished && (
                <Button variant="secondary" disabled={busy} onClick={() => setConfirm('unpublish')}>
                  {t('workerContent.editor.unpublish')}
                </Button>
              )}
            </div>
            {dirty && <Paragraph className="wc-hint">{t('workerContent.editor.saveFirst')}</Paragraph>}
          </div>

          {message && (
            <InlineAlert status="neutral" className="wc-message" role="status">
              {message}
            </InlineAlert>
          )}
          {error !== null && <ErrorAlert error={error} />}

          <div className="wc-columns">
            <section className="panel wc-column" aria-labelledby="wc-source-title">
              <SectionHeading id="wc-source-title">{t('workerContent.editor.source')}</SectionHeading>
              {sourceChoices.length > 1 && (
                <RadioButtonGroup
                  name="wc-source"
                  labelText={t('workerContent.editor.sourceLanguage')}
                  value={shownSource ?? ''}
                  onChange={setSourceLang}
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
                      language: languageName(source.lang),
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

            <section className="panel wc-column" aria-labelledby="wc-target-title">
              <SectionHeading id="wc-target-title">
                {t('workerContent.editor.target', { language: languageLabel(language) })}
              </SectionHeading>
              {!data.latest && !isSource && (
                <Paragraph className="wc-hint">{t('workerContent.editor.newTranslation')}</Paragraph>
              )}
              <form noValidate onSubmit={save} className="wc-form" aria-labelledby="wc-target-title">
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
                  <Button variant="secondary" disabled={busy} onClick={showPreview}>
                    {t('workerContent.editor.preview')}
                  </Button>
                </div>
              </form>
            </section>
          </div>

          {preview && (
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
          )}

          <section className="panel" aria-labelledby="wc-history-title">
            <SectionHeading id="wc-history-title">{t('workerContent.history.title')}</SectionHeading>
            {history.error !== null && <ErrorAlert error={history.error} onRetry={history.reload} />}
            {history.data && <VersionHistory items={history.data} onLoad={loadVersion} />}
          </section>
        </>
      )}

      {confirm === 'publish' && data?.latest && (
        <ConfirmDialog
          title={t('workerContent.confirm.publishTitle')}
          text={t('workerContent.confirm.publishText', {
            number: data.latest.number,
            language: languageLabel(language),
          })}
          confirm={t('workerContent.editor.publish')}
          onConfirm={() => publish([lang])}
          onCancel={() => setConfirm(null)}
        />
      )}
      {confirm === 'publishAll' && (
        <ConfirmDialog
          title={t('workerContent.confirm.publishAllTitle')}
          text={t('workerContent.confirm.publishAllText')}
          confirm={t('workerContent.editor.publishAll')}
          onConfirm={() => publish()}
          onCancel={() => setConfirm(null)}
        />
      )}
      {confirm === 'unpublish' && (
        <ConfirmDialog
          title={t('workerContent.confirm.unpublishTitle')}
          text={t('workerContent.confirm.unpublishText')}
          confirm={t('workerContent.editor.unpublish')}
          onConfirm={unpublish}
          onCancel={() => setConfirm(null)}
        />
      )}
    </>
  );
}

function initialValues(data: PageLanguageView, sourceLanguages: string[]): PageFormValues {
  if (data.latest) return formFromVersion(data.latest);
  if (sourceLanguages.includes(data.lang)) return EMPTY;
  const source = data.sources.en ?? data.sources.fi;
  return source ? blankFromSource(source) : EMPTY;
}
