/**
 * Jälkitoimet: follow-up tasks with their owner authority, due date and status. The lead assigns a task
 * to any seated authority, a participant only to itself; a task's owner marks it done or cancelled.
 */
import { useState } from 'react';
import { Button, Dropdown, DropdownItem, TextInput } from 'suomifi-ui-components';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/I18nProvider.tsx';
import { useNames, useRecordsConfig } from '../../records/useRecordsConfig.ts';
import { DateField } from '../FormParts.tsx';
import { followUpOwners } from '../followUp.ts';
import { FOLLOW_UP_STATUS_LABEL } from '../labels.ts';
import { isOpen } from '../OverviewTab.tsx';
import { operationsApi } from '../operations.api.ts';
import type { OperationTargetRef } from '../operations.types.ts';
import { useOperationContext, useOperationData } from '../useOperation.ts';
import { FormPanel, useSave } from './FormPanel.tsx';
import { ListSection } from './ListSection.tsx';
import { targetName } from './labels.ts';
import { TargetPicker } from './TargetPicker.tsx';

const loadFollowUps = (id: string, signal: AbortSignal) => operationsApi.followUps(id, signal);
const FOLLOW_UP_EVENTS = ['operation.follow_up_changed'];

export function FollowUpsSection({
  operationId,
  targets,
}: {
  operationId: string;
  targets: OperationTargetRef[];
}) {
  const t = useT();
  const format = useFormat();
  const { operation, reload } = useOperationContext();
  const names = useNames(useRecordsConfig().data);
  const tasks = useOperationData(operationId, loadFollowUps, FOLLOW_UP_EVENTS);
  const owners = followUpOwners(operation);
  const mayAdd = isOpen(operation) && (operation.you.lead || owners.includes(operation.you.authority));
  const [title, setTitle] = useState('');
  const [authority, setAuthority] = useState(operation.you.authority);
  const [dueOn, setDueOn] = useState('');
  const [targetId, setTargetId] = useState('');
  // Adding and changing a task share one error, shown above the form (which not everyone has).
  const save = useSave();

  const add = () =>
    save.run(async () => {
      await operationsApi.addFollowUp(operationId, {
        title: title.trim(),
        authority,
        dueOn,
        ...(targetId && { operationTargetId: targetId }),
      });
      setTitle('');
      setDueOn('');
      setTargetId('');
      tasks.reload();
      reload();
    });
  const change = (id: string, status: 'done' | 'cancelled' | 'open') =>
    save.run(async () => {
      await operationsApi.setFollowUp(operationId, id, status);
      tasks.reload();
      reload();
    });

  return (
    <ListSection
      headingId="followups-heading"
      title={t('operations.followUp.title')}
      items={tasks.data}
      empty={t('operations.followUp.none')}
      listClassName="ops-cards"
      loading={tasks.loading && !tasks.data}
      error={tasks.error}
      onRetry={tasks.reload}
      renderItem={(task) => {
        const target = targets.find((x) => x.id === task.operationTargetId);
        return (
          <li key={task.id} className="ops-card">
            <p className="ops-card__title">{task.title}</p>
            <p className="ops-card__meta">
              <span className={`ops-status ops-status--followup-${task.status}`}>
                {t(FOLLOW_UP_STATUS_LABEL[task.status])}
              </span>
              <span>{t('operations.followUp.owner', { authority: names.authority(task.authority) })}</span>
              <span>{t('operations.followUp.due', { date: format.date(task.dueOn) })}</span>
              {task.overdue && <strong>{t('operations.followUp.overdue')}</strong>}
              {task.assigneeName && (
                <span>{t('operations.followUp.assignee', { name: task.assigneeName })}</span>
              )}
              {target && <span>{targetName(target)}</span>}
            </p>
            {task.mayChange && operation.status !== 'cancelled' && (
              <div className="ops-actions">
                {task.status === 'open' ? (
                  <>
                    <Button
                      variant="secondary"
                      onClick={() => void change(task.id, 'done')}
                      aria-label={t('operations.followUp.doneNamed', { title: task.title })}
                    >
                      {t('operations.followUp.markDone')}
                    </Button>
                    <Button
                      variant="secondaryNoBorder"
                      onClick={() => void change(task.id, 'cancelled')}
                      aria-label={t('operations.followUp.cancelNamed', { title: task.title })}
                    >
                      {t('operations.followUp.markCancelled')}
                    </Button>
                  </>
                ) : (
                  <Button
                    variant="secondaryNoBorder"
                    onClick={() => void change(task.id, 'open')}
                    aria-label={t('operations.followUp.reopenNamed', { title: task.title })}
                  >
                    {t('operations.followUp.reopen')}
                  </Button>
                )}
              </div>
            )}
          </li>
        );
      }}
    >
      {save.error !== null && <ErrorAlert error={save.error} />}
      {mayAdd && (
        <FormPanel
          title={t('operations.followUp.add')}
          submitLabel={t('operations.followUp.addButton')}
          disabled={!title.trim() || !dueOn}
          onSubmit={() => void add()}
        >
          <TextInput
            labelText={t('operations.followUp.taskTitle')}
            value={title}
            onChange={(v) => setTitle(String(v ?? ''))}
            fullWidth
          />
          <Dropdown
            labelText={t('operations.followUp.ownerLabel')}
            value={authority}
            onChange={setAuthority}
            fullWidth
          >
            {(operation.you.lead ? owners : [operation.you.authority]).map((code) => (
              <DropdownItem key={code} value={code}>
                {names.authorityLong(code)}
              </DropdownItem>
            ))}
          </Dropdown>
          <DateField
            id="followup-due"
            label={t('operations.followUp.dueLabel')}
            value={dueOn}
            onChange={setDueOn}
            required
          />
          <TargetPicker targets={targets} value={targetId} onChange={setTargetId} />
        </FormPanel>
      )}
    </ListSection>
  );
}
