/**
 * Osoita viranomaisille: the owner addresses an initiative to other authorities for a purpose. The
 * competence engine decides each recipient; the answer is shown per authority — allowed with its legal
 * basis, or refused with the engine's explanation — and only the allowed ones receive the initiative.
 */

import { useEffect, useRef, useState } from 'react';
import { Checkbox, CheckboxGroup, Dropdown, DropdownItem, Paragraph } from 'suomifi-ui-components';
import { ActionDialog, useDialogAction } from '../../components/ActionDialog.tsx';
import { ScrollRegion } from '../../components/ScrollRegion.tsx';
import { useLocale, useT } from '../../i18n/I18nProvider.tsx';
import type { CompetenceConfig } from '../records/records.types.ts';
import type { Names } from '../records/useRecordsConfig.ts';
import '../records/share/share.css';
import { operationsApi } from './operations.api.ts';
import type { AddressResult, Initiative } from './operations.types.ts';

interface AddressDialogProps {
  initiative: Initiative;
  config: CompetenceConfig;
  names: Names;
  /** Authorities the competence map suggests, ticked at the start. */
  suggested: string[];
  onClose: (changed: boolean) => void;
}

export function AddressDialog({ initiative, config, names, suggested, onClose }: AddressDialogProps) {
  const t = useT();
  const { locale } = useLocale();
  const already = new Set((initiative.addressedTo ?? []).map((a) => a.authority));
  const recipients = config.authorities.filter((a) => a.code !== initiative.ownerAuthority);
  const [to, setTo] = useState<string[]>(() => suggested.filter((code) => !already.has(code)));
  const [purpose, setPurpose] = useState('');
  const action = useDialogAction();
  const [results, setResults] = useState<AddressResult[] | null>(null);
  const resultsHeading = useRef<HTMLHeadingElement>(null);

  // Everyone lands on the engine's answers: focus for screen readers, scrolled into view.
  useEffect(() => {
    if (!results) return;
    resultsHeading.current?.focus({ preventScroll: true });
    resultsHeading.current?.scrollIntoView({ block: 'start' });
  }, [results]);

  const send = () =>
    action.run(async () => {
      setResults(await operationsApi.address(initiative.id, to, purpose));
    });

  const explanation = (result: AddressResult) =>
    typeof result.explanation === 'string' ? result.explanation : result.explanation[locale];

  return (
    <ActionDialog
      titleId="address-dialog-title"
      title={t('operations.address.title')}
      error={action.error}
      confirmText={t('operations.address.send')}
      busyText={t('operations.address.sending')}
      busy={action.busy}
      disabled={to.length === 0 || !purpose}
      onConfirm={() => void send()}
      cancelText={t('operations.form.cancel')}
      onCancel={() => onClose(false)}
      done={results && { text: t('operations.address.done'), onClose: () => onClose(true) }}
    >
      <Paragraph className="share-dialog__intro">
        {t('operations.address.intro', { title: initiative.title })}
      </Paragraph>
      {results === null ? (
        <>
          <CheckboxGroup
            labelText={t('operations.address.recipients')}
            groupHintText={suggested.length > 0 ? t('operations.address.suggestedHint') : undefined}
          >
            {recipients.map((authority) => (
              <Checkbox
                key={authority.code}
                checked={to.includes(authority.code)}
                disabled={already.has(authority.code)}
                hintText={already.has(authority.code) ? t('operations.address.already') : undefined}
                onClick={({ checkboxState }) =>
                  setTo((list) =>
                    checkboxState ? [...list, authority.code] : list.filter((c) => c !== authority.code),
                  )
                }
              >
                {authority.name[locale]}
              </Checkbox>
            ))}
          </CheckboxGroup>
          <Dropdown
            labelText={t('operations.address.purpose')}
            hintText={t('operations.address.purposeHint')}
            visualPlaceholder={t('operations.address.choose')}
            value={purpose}
            onChange={setPurpose}
            className="share-dialog__purpose"
            fullWidth
          >
            {config.purposes.map((item) => (
              <DropdownItem key={item.code} value={item.code}>
                {names.purpose(item.code)}
              </DropdownItem>
            ))}
          </Dropdown>
        </>
      ) : (
        <ScrollRegion className="share-dialog__answers" aria-labelledby="address-results-title">
          <h3
            id="address-results-title"
            ref={resultsHeading}
            tabIndex={-1}
            className="share-dialog__answers-title"
          >
            {t('operations.address.results')}
          </h3>
          {results.map((result) => (
            <section
              key={result.authority}
              className={`decision decision--${result.allowed ? 'yes' : 'no'}`}
              aria-labelledby={`address-${result.authority}`}
            >
              <h4 id={`address-${result.authority}`} className="decision__title">
                <span className="decision__recipient">{`${names.authorityLong(result.authority)}:`}</span>
                <span className="decision__answer">
                  {result.allowed ? t('operations.address.allowed') : t('operations.address.refused')}
                </span>
              </h4>
              {result.allowed && result.legalBasis && (
                <p className="decision__explanation">
                  {t('operations.address.basis', { basis: result.legalBasis })}
                </p>
              )}
              <p className="decision__explanation">{explanation(result)}</p>
            </section>
          ))}
        </ScrollRegion>
      )}
    </ActionDialog>
  );
}
