/**
 * Esitutkinnat: pre-trial investigations opened after the operation, by crime title and optionally
 * linked to a target. Only the investigating authorities (police, NBI, border guard, customs) add them.
 */
import { useState } from 'react';
import { Dropdown, DropdownItem, TextInput } from 'suomifi-ui-components';
import { useFormat } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/I18nProvider.tsx';
import { useNames, useRecordsConfig } from '../../records/useRecordsConfig.ts';
import { DateField } from '../FormParts.tsx';
import { CRIME_TITLE_CODES, INVESTIGATING_AUTHORITIES } from '../followUp.ts';
import { isOpen } from '../OverviewTab.tsx';
import { operationsApi } from '../operations.api.ts';
import type { OperationTargetRef } from '../operations.types.ts';
import { useOperationContext, useOperationData } from '../useOperation.ts';
import { FormPanel, useSave } from './FormPanel.tsx';
import { ListSection } from './ListSection.tsx';
import { crimeLabel, targetName } from './labels.ts';
import { TargetPicker } from './TargetPicker.tsx';

const loadInvestigations = (id: string, signal: AbortSignal) => operationsApi.investigations(id, signal);
const INVESTIGATION_EVENTS = ['operation.updated'];

export function InvestigationsSection({
  operationId,
  targets,
}: {
  operationId: string;
  targets: OperationTargetRef[];
}) {
  const t = useT();
  const format = useFormat();
  const { operation } = useOperationContext();
  const names = useNames(useRecordsConfig().data);
  const list = useOperationData(operationId, loadInvestigations, INVESTIGATION_EVENTS);
  const mayAdd = isOpen(operation) && INVESTIGATING_AUTHORITIES.includes(operation.you.authority);
  const [caseReference, setCaseReference] = useState('');
  const [crimeTitle, setCrimeTitle] = useState('');
  const [openedOn, setOpenedOn] = useState('');
  const [targetId, setTargetId] = useState('');
  const save = useSave();

  const add = () =>
    save.run(async () => {
      await operationsApi.addInvestigation(operationId, {
        caseReference: caseReference.trim(),
        crimeTitle,
        openedOn,
        ...(targetId && { operationTargetId: targetId }),
      });
      setCaseReference('');
      setCrimeTitle('');
      setOpenedOn('');
      list.reload();
    });

  return (
    <ListSection
      headingId="investigations-heading"
      title={t('operations.investigation.title')}
      items={list.data}
      empty={t('operations.investigation.none')}
      listClassName="ops-plain-list"
      error={list.error}
      onRetry={list.reload}
      renderItem={(item) => (
        <li key={item.id}>
          {t(item.caseReference ? 'operations.investigation.row' : 'operations.investigation.rowOther', {
            reference: item.caseReference ?? '',
            crime: crimeLabel(t, item.crimeTitle),
            authority: names.authority(item.authority),
            date: format.date(item.openedOn),
          })}
          {item.operationTargetId &&
            ` — ${targetName(targets.find((x) => x.id === item.operationTargetId) ?? { id: item.operationTargetId, name: null })}`}
        </li>
      )}
    >
      {mayAdd && (
        <FormPanel
          title={t('operations.investigation.add')}
          submitLabel={t('operations.investigation.addButton')}
          disabled={!caseReference.trim() || !crimeTitle || !openedOn}
          onSubmit={() => void add()}
          error={save.error}
        >
          <TextInput
            labelText={t('operations.investigation.reference')}
            value={caseReference}
            onChange={(v) => setCaseReference(String(v ?? ''))}
            fullWidth
          />
          <Dropdown
            labelText={t('operations.investigation.crime')}
            visualPlaceholder={t('operations.address.choose')}
            value={crimeTitle}
            onChange={setCrimeTitle}
            fullWidth
          >
            {CRIME_TITLE_CODES.map((code) => (
              <DropdownItem key={code} value={code}>
                {crimeLabel(t, code)}
              </DropdownItem>
            ))}
          </Dropdown>
          <DateField
            id="investigation-opened"
            label={t('operations.investigation.openedOn')}
            value={openedOn}
            onChange={setOpenedOn}
            required
          />
          <TargetPicker targets={targets} value={targetId} onChange={setTargetId} />
        </FormPanel>
      )}
    </ListSection>
  );
}
