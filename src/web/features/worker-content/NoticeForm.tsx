/**
 * Writing a notice: title and text in Finnish and English (and in any other language a translator
 * writes), the languages and sectors it targets, and when it expires. "Publish" asks for confirmation.
 */
import { type FormEvent, useState } from 'react';
import {
  Button,
  Checkbox,
  CheckboxGroup,
  Dropdown,
  DropdownItem,
  Label,
  Textarea,
  TextInput,
} from 'suomifi-ui-components';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { languageLabel, SECTOR_KEY, SECTORS } from './labels.ts';
import { expiresAtFromDate, type NoticeFormValues, noticeBody, noticeFormValues } from './noticeForm.ts';
import { workerContentApi } from './workerContent.api.ts';
import type { Notice, WorkerLanguage } from './workerContent.types.ts';

interface NoticeFormProps {
  notice: Notice | null;
  languages: WorkerLanguage[];
  onDone: (message: string) => void;
  onCancel: () => void;
}

export function NoticeForm({ notice, languages, onDone, onCancel }: NoticeFormProps) {
  const t = useT();
  const [values, setValues] = useState<NoticeFormValues>(() => noticeFormValues(notice));
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [invalid, setInvalid] = useState<string[]>([]);

  const set = (next: Partial<NoticeFormValues>) => setValues((previous) => ({ ...previous, ...next }));
  const setText = (lang: string, field: 'title' | 'body', text: string) =>
    setValues((previous) => ({
      ...previous,
      texts: previous.texts.map((x) => (x.lang === lang ? { ...x, [field]: text } : x)),
    }));
  const languageOf = (code: string) => languages.find((l) => l.code === code);
  const addable = languages.filter((l) => !values.texts.some((x) => x.lang === l.code));

  const check = (): boolean => {
    const problems: string[] = [];
    const written = values.texts.filter((x) => x.title.trim() || x.body.trim());
    if (!written.some((x) => (x.lang === 'fi' || x.lang === 'en') && x.title.trim() && x.body.trim())) {
      problems.push('texts');
    }
    for (const x of written) if (!x.title.trim() || !x.body.trim()) problems.push(`text-${x.lang}`);
    if (!values.expiresOn || expiresAtFromDate(values.expiresOn) === null) problems.push('expiresOn');
    setInvalid(problems);
    return problems.length === 0;
  };

  const submit = async (published: boolean) => {
    setConfirming(false);
    setBusy(true);
    setError(null);
    try {
      const body = noticeBody(values, published);
      if (notice) await workerContentApi.updateNotice(notice.id, body);
      else await workerContentApi.createNotice(body);
      onDone(t(published ? 'workerContent.notice.publishedMessage' : 'workerContent.notice.savedMessage'));
    } catch (reason) {
      setError(reason);
      setBusy(false);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (check()) setConfirming(true);
  };

  const targetCount = values.languages.length === 0 ? languages.length : values.languages.length;

  return (
    <form
      className="panel wc-notice-form"
      noValidate
      onSubmit={onSubmit}
      aria-labelledby="wc-notice-form-title"
    >
      <h2 id="wc-notice-form-title" className="panel__title">
        {notice ? t('workerContent.notice.editTitle') : t('workerContent.notices.new')}
      </h2>
      {invalid.includes('texts') && (
        <p className="wc-error" role="alert">
          {t('workerContent.notice.needSource')}
        </p>
      )}

      {values.texts.map((text) => {
        const language = languageOf(text.lang);
        const dir = language?.dir ?? 'ltr';
        const error = invalid.includes(`text-${text.lang}`)
          ? { status: 'error' as const, statusText: t('workerContent.notice.bothNeeded') }
          : {};
        return (
          <fieldset key={text.lang} className="wc-notice-text">
            <legend>{language ? languageLabel(language) : text.lang}</legend>
            <TextInput
              labelText={t('workerContent.notice.titleField')}
              value={text.title}
              onChange={(value) => setText(text.lang, 'title', String(value ?? ''))}
              lang={text.lang}
              dir={dir}
              fullWidth
              maxLength={200}
              {...error}
            />
            <Textarea
              labelText={t('workerContent.notice.bodyField')}
              value={text.body}
              onChange={(event) => setText(text.lang, 'body', event.target.value)}
              lang={text.lang}
              dir={dir}
              fullWidth
              resize="vertical"
              rows={3}
            />
          </fieldset>
        );
      })}
      {addable.length > 0 && (
        <Dropdown
          labelText={t('workerContent.notice.addLanguage')}
          hintText={t('workerContent.notice.addLanguageHint')}
          visualPlaceholder={t('workerContent.notice.choose')}
          value=""
          onChange={(code) => set({ texts: [...values.texts, { lang: code, title: '', body: '' }] })}
        >
          {addable.map((l) => (
            <DropdownItem key={l.code} value={l.code}>
              {languageLabel(l)}
            </DropdownItem>
          ))}
        </Dropdown>
      )}

      <CheckboxGroup
        labelText={t('workerContent.notice.targets')}
        groupHintText={t('workerContent.notice.targetsHint')}
        className="wc-checks"
      >
        {languages.map((l) => (
          <Checkbox
            key={l.code}
            checked={values.languages.includes(l.code)}
            onClick={({ checkboxState }) =>
              set({
                languages: checkboxState
                  ? [...values.languages, l.code]
                  : values.languages.filter((code) => code !== l.code),
              })
            }
          >
            {languageLabel(l)}
          </Checkbox>
        ))}
      </CheckboxGroup>

      <CheckboxGroup
        labelText={t('workerContent.notice.sectors')}
        groupHintText={t('workerContent.notice.sectorsHint')}
        className="wc-checks"
      >
        {SECTORS.map((sector) => (
          <Checkbox
            key={sector}
            checked={values.sectors.includes(sector)}
            onClick={({ checkboxState }) =>
              set({
                sectors: checkboxState
                  ? [...values.sectors, sector]
                  : values.sectors.filter((s) => s !== sector),
              })
            }
          >
            {t(SECTOR_KEY[sector])}
          </Checkbox>
        ))}
      </CheckboxGroup>

      <div className="wc-date">
        <Label htmlFor="wc-expires">{t('workerContent.notice.expiresOn')}</Label>
        <p id="wc-expires-hint" className="wc-hint">
          {t('workerContent.notice.expiresHint')}
        </p>
        <input
          id="wc-expires"
          type="date"
          value={values.expiresOn}
          onChange={(event) => set({ expiresOn: event.target.value })}
          aria-describedby="wc-expires-hint"
          aria-invalid={invalid.includes('expiresOn') || undefined}
          required
        />
        {invalid.includes('expiresOn') && (
          <p className="wc-error" role="alert">
            {t('workerContent.notice.expiresInvalid')}
          </p>
        )}
      </div>

      {error !== null && <ErrorAlert error={error} />}
      <div className="wc-actions">
        <Button type="submit" disabled={busy}>
          {t('workerContent.notice.publish')}
        </Button>
        <Button variant="secondary" disabled={busy} onClick={() => check() && void submit(false)}>
          {notice?.status === 'live'
            ? t('workerContent.notice.takeDown')
            : t('workerContent.notice.saveDraft')}
        </Button>
        <Button variant="secondaryNoBorder" disabled={busy} onClick={onCancel}>
          {t('workerContent.cancel')}
        </Button>
      </div>

      {confirming && (
        <ConfirmDialog
          title={t('workerContent.confirm.noticeTitle')}
          text={t('workerContent.confirm.noticeText', { count: targetCount })}
          confirm={t('workerContent.notice.publish')}
          onConfirm={() => void submit(true)}
          onCancel={() => setConfirming(false)}
        />
      )}
    </form>
  );
}
