/**
 * The issue areas of labour exploitation (ISSUE_AREAS on the server) with their UI texts, and the
 * sectors competences can be limited to. The record type makes a new server-side area a compile error
 * here until it has a label.
 */
import type { MessageKey } from '../../i18n/messages.ts';
import type { Competence, IssueArea } from './competence.types.ts';

export const ISSUE_LABEL: Record<IssueArea, MessageKey> = {
  wages: 'competence.issue.wages',
  working_hours: 'competence.issue.working_hours',
  permits: 'competence.issue.permits',
  taxes: 'competence.issue.taxes',
  pensions: 'competence.issue.pensions',
  insurance: 'competence.issue.insurance',
  victims: 'competence.issue.victims',
  housing: 'competence.issue.housing',
  occupational_safety: 'competence.issue.occupational_safety',
  contractor_liability: 'competence.issue.contractor_liability',
  crime_investigation: 'competence.issue.crime_investigation',
  enforcement_debts: 'competence.issue.enforcement_debts',
  discrimination: 'competence.issue.discrimination',
  recruitment_fees: 'competence.issue.recruitment_fees',
};

export const ISSUE_AREA_CODES = Object.keys(ISSUE_LABEL) as IssueArea[];

export const KIND_LABEL: Record<Competence['kind'], MessageKey> = {
  supervises: 'competence.kind.supervises',
  investigates: 'competence.kind.investigates',
  inspection_power: 'competence.kind.inspection_power',
  right_to_obtain: 'competence.kind.right_to_obtain',
  duty: 'competence.kind.duty',
  assists: 'competence.kind.assists',
};

/** Sector codes with a UI text; a sector the configuration adds later shows as its code. */
export const SECTOR_LABEL: Record<string, MessageKey> = {
  road_transport: 'competence.sector.road_transport',
};
