/** A page text as the app shows it (read-only): the source column, history and preview. */
import { useLocale, useT } from '../../i18n/I18nProvider.tsx';
import { contactName } from './labels.ts';
import type { Block } from './workerContent.types.ts';

interface PageTextProps {
  title: string;
  summary: string;
  blocks: Block[];
  lang: string;
  dir: 'ltr' | 'rtl';
}

export function PageText({ title, summary, blocks, lang, dir }: PageTextProps) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <div className="wc-text">
      <div lang={lang} dir={dir}>
        <p className="wc-text__title">{title}</p>
        <p className="wc-text__summary">{summary}</p>
      </div>
      {blocks.map((block, index) => {
        const key = `${block.type}-${index}`;
        switch (block.type) {
          case 'list':
            return (
              <ul key={key} lang={lang} dir={dir}>
                {block.items.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            );
          case 'contact':
            return (
              <p key={key} className="wc-text__contact">
                {t('workerContent.block.contactCard', { name: contactName(block.contactId, locale) })}
              </p>
            );
          case 'callout':
            return (
              <p key={key} className="wc-text__callout" lang={lang} dir={dir}>
                {block.text}
              </p>
            );
          default:
            return (
              <p key={key} lang={lang} dir={dir}>
                {block.text}
              </p>
            );
        }
      })}
    </div>
  );
}
