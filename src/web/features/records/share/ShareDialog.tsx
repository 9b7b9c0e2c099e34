/**
 * Luovuta: share a record with other authorities. The official picks the recipients, the recipient's
 * purpose and who takes the initiative, then asks the competence engine — once per recipient — and
 * sees its answer before anything is shared. Share stays disabled until every recipient is allowed and
 * every condition is ticked; the server asks the engine again and a refusal (403) is shown as it says.
 */
import { useEffect, useRef, useState } from 'react';
import {
  Button,
  Checkbox,
  CheckboxGroup,
  Dropdown,
  DropdownItem,
  InlineAlert,
  Paragraph,
  RadioButton,
  RadioButtonGroup,
} from 'suomifi-ui-components';
import { ApiError } from '../../../api/client.ts';
import { ActionDialog, useDialogAction } from '../../../components/ActionDialog.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useLocale, useT } from '../../../i18n/I18nProvider.tsx';
import { recordsApi } from '../records.api.ts';
import type {
  CompetenceConfig,
  DisclosureDecision,
  DisclosureResult,
  InfoRecord,
  Initiative,
  RefusedDisclosure,
} from '../records.types.ts';
import type { Names } from '../useRecordsConfig.ts';
import { DecisionCard } from './DecisionCard.tsx';
import { type Answers, BLOCKER_TEXT, questionKey, type ShareDraft, shareBlocker } from './shareState.ts';
import './share.css';

interface ShareDialogProps {
  record: InfoRecord;
  config: CompetenceConfig;
  names: Names;
  initial: ShareDraft;
  onClose: () => void;
  onShared: (result: DisclosureResult) => void;
}

function refusedOf(error: unknown): RefusedDisclosure[] {
  if (!(error instanceof ApiError) || error.code !== 'forbidden') return [];
  const refused = (error.details as { refused?: unknown } | null)?.refused;
  return Array.isArray(refused) ? (refused as RefusedDisclosure[]) : [];
}

export function ShareDialog({ record, config, names, initial, onClose, onShared }: ShareDialogProps) {
  const t = useT();
  const { locale } = useLocale();
  const [draft, setDraft] = useState<ShareDraft>(initial);
  const [answers, setAnswers] = useState<Answers | null>(null);
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const [asking, setAsking] = useState(false);
  const [askError, setAskError] = useState<unknown>(null);
  const sharing = useDialogAction();
  const answersHeading = useRef<HTMLHeadingElement>(null);

  // Everyone lands on the answers they asked for: focus for screen readers, scrolled into view.
  useEffect(() => {
    if (!answers) return;
    answersHeading.current?.focus({ preventScroll: true });
    answersHeading.current?.scrollIntoView({ block: 'start' });
  }, [answers]);

  const recipients = config.authorities.filter((a) => a.code !== record.ownerAuthority);
  const blocker = shareBlocker(draft, answers, ticked);
  const refused = refusedOf(sharing.error);

  const change = (next: Partial<ShareDraft>) => {
    setDraft((previous) => ({ ...previous, ...next }));
    sharing.clearError();
  };

  const ask = async (question: ShareDraft) => {
    setAsking(true);
    setAskError(null);
    sharing.clearError();
    try {
      const decisions = await Promise.all(
        question.to.map((to) =>
          recordsApi.decide({
            from: record.ownerAuthority,
            to,
            categories: record.categories,
            purpose: question.purpose,
            initiative: question.initiative,
            confirmed: question.confirmed,
          }),
        ),
      );
      const byRecipient: Record<string, DisclosureDecision> = {};
      question.to.forEach((to, index) => {
        const decision = decisions[index];
        if (decision) byRecipient[to] = decision;
      });
      setAnswers({ key: questionKey(question), byRecipient });
      setTicked(new Set());
    } catch (error) {
      setAskError(error);
    } finally {
      setAsking(false);
    }
  };

  const confirm = (code: string, on: boolean) => {
    const next = {
      ...draft,
      confirmed: on ? [...new Set([...draft.confirmed, code])] : draft.confirmed.filter((c) => c !== code),
    };
    setDraft(next);
    void ask(next);
  };

  const share = () =>
    sharing.run(async () => {
      const result = await recordsApi.disclose({
        recordIds: [record.id],
        to: draft.to,
        purpose: draft.purpose,
        initiative: draft.initiative,
        confirmed: draft.confirmed,
      });
      onShared(result);
    });

  const fresh = answers !== null && answers.key === questionKey(draft);

  return (
    <ActionDialog
      titleId="share-dialog-title"
      title={t('records.share.title')}
      className="share-dialog"
      error={refused.length === 0 ? sharing.error : null}
      confirmText={t('records.share.submit')}
      busyText={t('records.share.sharing')}
      busy={sharing.busy}
      disabled={blocker !== null}
      onConfirm={() => void share()}
      describedBy="share-blocker"
      cancelText={t('records.share.cancel')}
      onCancel={onClose}
      footerNote={
        <p id="share-blocker" className="share-dialog__blocker" aria-live="polite">
          {blocker !== null ? t(BLOCKER_TEXT[blocker]) : t('records.share.ready')}
        </p>
      }
    >
      <Paragraph className="share-dialog__record">
        {t('records.share.record', { title: record.title })}
      </Paragraph>
      <Paragraph className="share-dialog__intro">{t('records.share.intro')}</Paragraph>

      <CheckboxGroup labelText={t('records.share.recipients')} className="share-dialog__recipients">
        {recipients.map((authority) => (
          <Checkbox
            key={authority.code}
            checked={draft.to.includes(authority.code)}
            onClick={({ checkboxState }) =>
              change({
                to: checkboxState
                  ? [...draft.to, authority.code]
                  : draft.to.filter((code) => code !== authority.code),
              })
            }
          >
            {authority.name[locale]}
          </Checkbox>
        ))}
      </CheckboxGroup>

      <Dropdown
        labelText={t('records.share.purpose')}
        hintText={t('records.share.purposeHint')}
        visualPlaceholder={t('records.share.choose')}
        value={draft.purpose}
        onChange={(purpose) => change({ purpose })}
        className="share-dialog__purpose"
        fullWidth
      >
        {config.purposes.map((purpose) => (
          <DropdownItem key={purpose.code} value={purpose.code}>
            {names.purpose(purpose.code)}
          </DropdownItem>
        ))}
      </Dropdown>

      <RadioButtonGroup
        name="initiative"
        labelText={t('records.share.initiative')}
        value={draft.initiative}
        onChange={(value) => change({ initiative: value as Initiative })}
        className="share-dialog__initiative"
      >
        <RadioButton value="request">{t('records.share.initiative.request')}</RadioButton>
        <RadioButton value="own">{t('records.share.initiative.own')}</RadioButton>
      </RadioButtonGroup>

      <Button
        variant="secondary"
        className="share-dialog__ask"
        disabled={asking || draft.to.length === 0 || !draft.purpose}
        onClick={() => void ask(draft)}
      >
        {asking ? t('records.share.asking') : t('records.share.ask')}
      </Button>
      {askError !== null && <ErrorAlert error={askError} />}

      {answers !== null && (
        <div className="share-dialog__answers">
          <h3 ref={answersHeading} tabIndex={-1} className="share-dialog__answers-title">
            {t('records.share.answers')}
          </h3>
          {!fresh && (
            <InlineAlert status="warning" className="share-dialog__stale">
              {t('records.share.stale')}
            </InlineAlert>
          )}
          {Object.entries(answers.byRecipient).map(([to, decision]) => (
            <DecisionCard
              key={to}
              to={to}
              recipientName={names.authorityLong(to)}
              decision={decision}
              config={config}
              ticked={ticked}
              onTick={(id, on) =>
                setTicked((previous) => {
                  const next = new Set(previous);
                  if (on) next.add(id);
                  else next.delete(id);
                  return next;
                })
              }
              confirmed={draft.confirmed}
              onConfirm={confirm}
            />
          ))}
        </div>
      )}

      {refused.length > 0 && (
        <InlineAlert status="error" role="alert" className="share-dialog__refused">
          <p className="share-dialog__refused-title">{t('records.share.refused')}</p>
          <ul>
            {refused.map((item) => (
              <li key={item.to}>
                <strong>{names.authority(item.to)}</strong>
                {`: ${item.explanation[locale]}`}
              </li>
            ))}
          </ul>
        </InlineAlert>
      )}
    </ActionDialog>
  );
}
