/** The whole Drizzle schema: every module's tables, in one place for drizzle-kit and the query API. */
export * from '../../modules/authorities/authorities.table.ts';
export * from '../../modules/competence/competence.tables.ts';
export * from '../../modules/notifications/notifications.tables.ts';
export * from '../../modules/register/attachments.table.ts';
export * from '../../modules/register/hits.table.ts';
export * from '../../modules/register/proposals.table.ts';
export * from '../../modules/register/record-targets.table.ts';
export * from '../../modules/register/records.table.ts';
export * from '../../modules/register/register.tables.ts';
export * from '../../modules/register/requests.table.ts';
export * from '../../modules/register/retention.table.ts';
export * from '../../modules/register/targets.table.ts';
export * from '../../modules/worker-content/worker-content.tables.ts';
export * from '../audit/audit.table.ts';
export * from '../auth/auth.tables.ts';
export * from '../events/events.table.ts';
