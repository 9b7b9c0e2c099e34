/** The confirmation asked before publishing this language, publishing all, or unpublishing the page. */
import { useT } from '../../i18n/I18nProvider.tsx';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { languageLabel } from './labels.ts';
import type { PageConfirm } from './usePageEditor.ts';
import type { PageLanguageView, WorkerLanguage } from './workerContent.types.ts';

interface PageConfirmDialogsProps {
  confirm: PageConfirm;
  data: PageLanguageView | null;
  lang: string;
  language: WorkerLanguage;
  onPublish: (languages?: string[]) => void;
  onUnpublish: () => void;
  onCancel: () => void;
}

export function PageConfirmDialogs(props: PageConfirmDialogsProps) {
  const { confirm, data, lang, onCancel } = props;
  const t = useT();
  if (confirm === 'publish' && data?.latest)
    return (
      <ConfirmDialog
        title={t('workerContent.confirm.publishTitle')}
        text={t('workerContent.confirm.publishText', {
          number: data.latest.number,
          language: languageLabel(props.language),
        })}
        confirm={t('workerContent.editor.publish')}
        onConfirm={() => props.onPublish([lang])}
        onCancel={onCancel}
      />
    );
  if (confirm === 'publishAll')
    return (
      <ConfirmDialog
        title={t('workerContent.confirm.publishAllTitle')}
        text={t('workerContent.confirm.publishAllText')}
        confirm={t('workerContent.editor.publishAll')}
        onConfirm={() => props.onPublish()}
        onCancel={onCancel}
      />
    );
  if (confirm === 'unpublish')
    return (
      <ConfirmDialog
        title={t('workerContent.confirm.unpublishTitle')}
        text={t('workerContent.confirm.unpublishText')}
        confirm={t('workerContent.editor.unpublish')}
        onConfirm={props.onUnpublish}
        onCancel={onCancel}
      />
    );
  return null;
}
