/**
 * Pyydä luovutusta: from a hit, ask the holder for its records on the target — purpose, categories,
 * a message. The server answers at once with the competence engine's preview of whether the law lets
 * the holder disclose to us for that purpose; the dialog shows it before closing.
 */
import { type FormEvent, useState } from 'react';
import {
  Checkbox,
  CheckboxGroup,
  Dropdown,
  DropdownItem,
  InlineAlert,
  Paragraph,
  Textarea,
} from 'suomifi-ui-components';
import { useMe } from '../../app/session.tsx';
import { ActionDialog, useDialogAction } from '../../components/ActionDialog.tsx';
import { useLocale, useT } from '../../i18n/I18nProvider.tsx';
import type { CompetenceConfig } from '../records/records.types.ts';
import type { Names } from '../records/useRecordsConfig.ts';
import { requestPurposes } from './labels.ts';
import { targetsApi } from './targets.api.ts';
import type { DisclosureRequest, Hit } from './targets.types.ts';

interface RequestDialogProps {
  hit: Hit;
  targetName: string | null;
  config: CompetenceConfig;
  names: Names;
  onClose: (sent: DisclosureRequest | null) => void;
}

export function RequestDialog({ hit, targetName, config, names, onClose }: RequestDialogProps) {
  const t = useT();
  const { locale } = useLocale();
  const me = useMe();
  const purposes = requestPurposes(config, hit.authority, me.authority.code);
  const [purpose, setPurpose] = useState(purposes.length === 1 ? (purposes[0] ?? '') : '');
  const [categories, setCategories] = useState<string[]>(hit.categories);
  const [message, setMessage] = useState('');
  const [tried, setTried] = useState(false);
  const action = useDialogAction();
  const [sent, setSent] = useState<DisclosureRequest | null>(null);

  const messageOk = message.trim().length >= 3;
  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    setTried(true);
    if (!purpose || !messageOk) return;
    await action.run(async () => {
      setSent(
        await targetsApi.requestDisclosure({
          targetId: hit.targetId,
          targetType: hit.targetType,
          authority: hit.authority,
          purpose,
          categories,
          message: message.trim(),
        }),
      );
    });
  };

  return (
    <ActionDialog
      titleId="request-dialog-title"
      title={t('targets.request.title')}
      className="request-dialog"
      error={action.error}
      form="request-form"
      confirmText={t('targets.request.submit')}
      busyText={t('targets.request.sending')}
      busy={action.busy}
      cancelText={t('targets.request.cancel')}
      onCancel={() => onClose(null)}
      done={sent && { text: t('targets.request.close'), onClose: () => onClose(sent) }}
    >
      <Paragraph className="request-dialog__intro">
        {t('targets.request.intro', {
          authority: names.authorityLong(hit.authority),
          target: targetName ?? t('targets.hit.thisTarget'),
          count: hit.count,
        })}
      </Paragraph>
      {sent === null ? (
        <form id="request-form" className="request-dialog__form" noValidate onSubmit={submit}>
          <Dropdown
            labelText={t('targets.request.purpose')}
            hintText={t('targets.request.purposeHint')}
            visualPlaceholder={t('targets.request.choose')}
            value={purpose}
            onChange={setPurpose}
            fullWidth
          >
            {purposes.map((code) => (
              <DropdownItem key={code} value={code}>
                {names.purpose(code)}
              </DropdownItem>
            ))}
          </Dropdown>
          {tried && !purpose && (
            <InlineAlert status="error">{t('targets.request.purposeMissing')}</InlineAlert>
          )}
          <CheckboxGroup
            labelText={t('targets.request.categories')}
            groupHintText={t('targets.request.categoriesHint')}
          >
            {hit.categories.map((code) => (
              <Checkbox
                key={code}
                checked={categories.includes(code)}
                onClick={({ checkboxState }) =>
                  setCategories((previous) =>
                    checkboxState ? [...previous, code] : previous.filter((c) => c !== code),
                  )
                }
              >
                {names.category(code)}
              </Checkbox>
            ))}
          </CheckboxGroup>
          <Textarea
            labelText={t('targets.request.message')}
            hintText={t('targets.request.messageHint')}
            value={message}
            onChange={(event) => setMessage(event.target.value)}
            fullWidth
            resize="vertical"
            status={tried && !messageOk ? 'error' : 'default'}
            statusText={tried && !messageOk ? t('targets.request.messageMissing') : undefined}
          />
        </form>
      ) : (
        <div role="status" className="request-dialog__sent">
          <p className="request-dialog__sent-title">
            {t('targets.request.sent', { authority: names.authority(hit.authority) })}
          </p>
          {sent.engine && (
            <InlineAlert status={sent.engine.allowed ? 'neutral' : 'warning'}>
              <p>{t(sent.engine.allowed ? 'targets.request.engineYes' : 'targets.request.engineNo')}</p>
              <p>{sent.engine.explanation[locale]}</p>
              {sent.engine.legalBasis && (
                <p>{t('targets.request.basis', { basis: sent.engine.legalBasis })}</p>
              )}
            </InlineAlert>
          )}
        </div>
      )}
    </ActionDialog>
  );
}
