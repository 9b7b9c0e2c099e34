/**
 * The operation page's tabs, in order. Each is a component taking `{ operationId }` (the operation
 * itself is in `useOperationContext()`), shown at `/operations/<id>/<key>`. A feature adds its tab by
 * adding ONE entry here, in the order of the model's phases.
 */
import type { ComponentType } from 'react';
import type { MessageKey } from '../../i18n/messages.ts';
import { FollowUpTab } from './FollowUpTab.tsx';
import { FieldView } from './field/FieldView.tsx';
import { MeetingTab } from './MeetingTab.tsx';
import { OverviewTab } from './OverviewTab.tsx';
import { PlanPanel } from './plan/PlanPanel.tsx';
import { TargetSelectionPanel } from './selection/TargetSelectionPanel.tsx';

export interface OperationTab {
  /** The path segment, e.g. `meeting` → `/operations/<id>/meeting`. */
  key: string;
  labelKey: MessageKey;
  element: ComponentType<{ operationId: string }>;
}

export const tabs: readonly OperationTab[] = [
  { key: 'overview', labelKey: 'operations.tab.overview', element: OverviewTab },
  { key: 'meeting', labelKey: 'operations.tab.meeting', element: MeetingTab },
  { key: 'targets', labelKey: 'operations.selection.title', element: TargetSelectionPanel },
  { key: 'plan', labelKey: 'operations.plan.title', element: PlanPanel },
  { key: 'field', labelKey: 'operations.field.title', element: FieldView },
  { key: 'follow-up', labelKey: 'operations.tab.followUp', element: FollowUpTab },
];

/** The tab at this path segment; no segment means the first. */
export function findTab(key: string | null): OperationTab | undefined {
  return key === null ? tabs[0] : tabs.find((tab) => tab.key === key);
}
