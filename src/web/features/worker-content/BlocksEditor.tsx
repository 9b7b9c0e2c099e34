/**
 * Editing a page's blocks: paragraphs, lists (one item per line), callouts and contact cards; add,
 * move and remove. Texts get the target language's `lang` and `dir`; the labels stay in the UI language.
 */
import { Button, Dropdown, DropdownItem, Textarea } from 'suomifi-ui-components';
import { useLocale, useT } from '../../i18n/I18nProvider.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { CONTACT_IDS, contactName } from './labels.ts';
import { type BlockField, type BlockType, moveBlock, newBlock } from './pageForm.ts';

const TYPE_KEY: Record<BlockType, MessageKey> = {
  p: 'workerContent.block.p',
  list: 'workerContent.block.list',
  callout: 'workerContent.block.callout',
  contact: 'workerContent.block.contact',
};

interface BlocksEditorProps {
  blocks: BlockField[];
  onChange: (blocks: BlockField[]) => void;
  lang: string;
  dir: 'ltr' | 'rtl';
  invalid: string[];
}

export function BlocksEditor({ blocks, onChange, lang, dir, invalid }: BlocksEditorProps) {
  const t = useT();
  const { locale } = useLocale();
  const update = (index: number, change: Partial<BlockField>) =>
    onChange(blocks.map((b, i) => (i === index ? { ...b, ...change } : b)));

  return (
    <div className="wc-blocks">
      {blocks.map((block, index) => {
        const label = t('workerContent.block.label', { number: index + 1, type: t(TYPE_KEY[block.type]) });
        const error = invalid.includes(`block-${index}`)
          ? { status: 'error' as const, statusText: t('workerContent.editor.required') }
          : {};
        return (
          <fieldset key={block.key} className="wc-block">
            <legend className="visually-hidden">{label}</legend>
            {block.type === 'contact' ? (
              <Dropdown
                id={`wc-block-${index}`}
                labelText={label}
                value={block.contactId}
                onChange={(contactId) => update(index, { contactId })}
              >
                {CONTACT_IDS.map((id) => (
                  <DropdownItem key={id} value={id}>
                    {contactName(id, locale)}
                  </DropdownItem>
                ))}
              </Dropdown>
            ) : (
              <Textarea
                id={`wc-block-${index}`}
                labelText={label}
                hintText={block.type === 'list' ? t('workerContent.block.listHint') : undefined}
                value={block.text}
                onChange={(event) => update(index, { text: event.target.value })}
                lang={lang}
                dir={dir}
                fullWidth
                resize="vertical"
                rows={block.type === 'list' ? 5 : 3}
                {...error}
              />
            )}
            <div className="wc-block__actions">
              <Button
                variant="secondaryNoBorder"
                disabled={index === 0}
                onClick={() => onChange(moveBlock(blocks, index, -1))}
                aria-label={t('workerContent.block.upLabel', { number: index + 1 })}
              >
                {t('workerContent.block.up')}
              </Button>
              <Button
                variant="secondaryNoBorder"
                disabled={index === blocks.length - 1}
                onClick={() => onChange(moveBlock(blocks, index, 1))}
                aria-label={t('workerContent.block.downLabel', { number: index + 1 })}
              >
                {t('workerContent.block.down')}
              </Button>
              <Button
                variant="secondaryNoBorder"
                onClick={() => onChange(blocks.filter((_, i) => i !== index))}
                aria-label={t('workerContent.block.removeLabel', { number: index + 1 })}
              >
                {t('workerContent.block.remove')}
              </Button>
            </div>
          </fieldset>
        );
      })}
      <div className="wc-block-add">
        <span className="wc-block-add__label">{t('workerContent.block.add')}</span>
        {(Object.keys(TYPE_KEY) as BlockType[]).map((type) => (
          <Button
            key={type}
            variant="secondary"
            onClick={() =>
              onChange([
                ...blocks,
                { ...newBlock(type), contactId: type === 'contact' ? (CONTACT_IDS[0] ?? '') : '' },
              ])
            }
          >
            {t(TYPE_KEY[type])}
          </Button>
        ))}
      </div>
    </div>
  );
}
