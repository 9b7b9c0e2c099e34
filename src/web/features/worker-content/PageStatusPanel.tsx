/**
 * The page's state in this language beside a switch to another language, and the buttons that
 * publish it (this language or all) or take the page out of the app — only once the text is saved.
 */
import { Button, Dropdown, DropdownItem, Paragraph } from 'suomifi-ui-components';
import { navigate } from '../../app/router.ts';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { languageLabel } from './labels.ts';
import { StateBadge } from './StateBadge.tsx';
import type { PageConfirm } from './usePageEditor.ts';
import { pageEditorPath } from './workerContent.routes.ts';
import type { PageLanguageView, WorkerLanguage } from './workerContent.types.ts';

interface PageStatusPanelProps {
  slug: string;
  lang: string;
  languages: WorkerLanguage[];
  data: PageLanguageView;
  busy: boolean;
  /** The form has changes not saved yet. */
  dirty: boolean;
  onConfirm: (confirm: PageConfirm) => void;
}

export function PageStatusPanel({
  slug,
  lang,
  languages,
  data,
  busy,
  dirty,
  onConfirm,
}: PageStatusPanelProps) {
  const t = useT();
  const format = useFormat();
  return (
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
        <dd>{data.latest ? `${data.latest.number} · ${format.dateTime(data.latest.createdAt)}` : '–'}</dd>
        <dt>{t('workerContent.editor.publishedVersion')}</dt>
        <dd>{data.publishedNumber ?? '–'}</dd>
        <dt>{t('workerContent.editor.pageInApp')}</dt>
        <dd>
          {data.pagePublished ? t('workerContent.editor.pageShown') : t('workerContent.editor.pageHidden')}
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
          onClick={() => onConfirm('publish')}
        >
          {t('workerContent.editor.publish')}
        </Button>
        <Button variant="secondary" disabled={busy || dirty} onClick={() => onConfirm('publishAll')}>
          {t('workerContent.editor.publishAll')}
        </Button>
        {data.pagePublished && (
          <Button variant="secondary" disabled={busy} onClick={() => onConfirm('unpublish')}>
            {t('workerContent.editor.unpublish')}
          </Button>
        )}
      </div>
      {dirty && <Paragraph className="wc-hint">{t('workerContent.editor.saveFirst')}</Paragraph>}
    </div>
  );
}
