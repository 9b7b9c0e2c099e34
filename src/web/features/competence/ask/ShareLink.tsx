/** The address of the current question, to paste into a message or a case file, with a copy button. */
import { useState } from 'react';
import { Button, IconCopy } from 'suomifi-ui-components';
import { useT } from '../../../i18n/I18nProvider.tsx';
import { COMPETENCE_PATH } from '../competence.routes.ts';

export function ShareLink({ search }: { search: string }) {
  const t = useT();
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const url = `${window.location.origin}${COMPETENCE_PATH}/ask?${search}`;

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      setCopied('no');
    }
  }

  return (
    <div className="share-link">
      <p className="share-link__label">{t('competence.ask.shareLabel')}</p>
      <p className="share-link__url">
        <a href={url}>{url}</a>
      </p>
      <Button variant="secondary" icon={<IconCopy />} onClick={() => void copy()}>
        {t('competence.ask.copy')}
      </Button>
      <span className="share-link__status" aria-live="polite">
        {copied === 'yes' && t('competence.ask.copied')}
        {copied === 'no' && t('competence.ask.copyFailed')}
      </span>
    </div>
  );
}
