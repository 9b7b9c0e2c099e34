/**
 * Pyydä luovutusta: from a hit, ask the holder for its records on the target — purpose, categories,
 * a message. The server answers at once with the competence engine's preview of whether the law lets
 * the holder disclose to us for that purpose; the dialog shows it before closing.
 */
import { type FormEvent, useState } from 'react';
import {
  Button,
  Checkbox,
  CheckboxGroup,
  Dropdown,
  DropdownItem,
  InlineAlert,
  Modal,
  ModalContent,
  ModalFooter,
  ModalTitle,
  Paragraph,
  Textarea,
} from 'suomifi-ui-components';
import { useMe } from '../../app/session.tsx';
import { useSmallScreen } from '../../app/useSmallScreen.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
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
  const small = useSmallScreen();
  const purposes = requestPurposes(config, hit.authority, me.authority.code);
  const [purpose, setPurpose] = useState(purposes.length === 1 ? (purposes[0] ?? '') : '');
  const [categories, setCategories] = useState<string[]>(hit.categories);
  const [message, setMessage] = useState('');
  const [tried, setTried] = useState(false);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [sent, setSent] = useState<DisclosureRequest | null>(null);

  const messageOk = message.trim().length >= 3;
  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    setTried(true);
    if (!purpose || !messageOk) return;
    setSending(true);
    setError(null);
    try {
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
    } catch (reason) {
      setError(reason);
    } finally {
      setSending(false);
    }
  };

  return (
    <Modal
      visible
      appElementId="root"
      variant={small ? 'smallScreen' : 'default'}
      scrollable
      onEscKeyDown={() => onClose(sent)}
      ariaLabelledBy="request-dialog-title"
      className="request-dialog"
    >
      <ModalContent>
        <ModalTitle id="request-dialog-title">{t('targets.request.title')}</ModalTitle>
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
            {error !== null && <ErrorAlert error={error} />}
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
      </ModalContent>
      <ModalFooter>
        {sent === null ? (
          <>
            <Button type="submit" form="request-form" disabled={sending}>
              {sending ? t('targets.request.sending') : t('targets.request.submit')}
            </Button>
            <Button variant="secondary" onClick={() => onClose(null)}>
              {t('targets.request.cancel')}
            </Button>
          </>
        ) : (
          <Button onClick={() => onClose(sent)}>{t('targets.request.close')}</Button>
        )}
      </ModalFooter>
    </Modal>
  );
}
