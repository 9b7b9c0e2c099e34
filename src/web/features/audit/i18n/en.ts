/** English texts of the audit log; same keys as fi.ts. */
import type { auditFi } from './fi.ts';

export const auditEn: Record<keyof typeof auditFi, string> = {
  'audit.title': 'Audit log',
  'audit.intro':
    'Every action in the service is recorded in a log whose rows are chained with hashes. Reading the log is recorded too.',
  'audit.scopeAll': 'You see the audit log of the whole service.',
  'audit.scopeOwn': 'You see your own authority’s audit log.',
  'audit.caption': 'Audit log rows, newest first',
  'audit.col.seq': 'No.',
  'audit.col.at': 'Time',
  'audit.col.actor': 'User',
  'audit.col.authority': 'Authority',
  'audit.col.action': 'Action',
  'audit.col.target': 'Target',
  'audit.col.outcome': 'Outcome',
  'audit.outcome.success': 'Success',
  'audit.outcome.failure': 'Failure',
  'audit.outcome.denied': 'Denied',
  'audit.system': 'System',
  'audit.loadMore': 'Load more',
  'audit.shown': 'Showing {count} rows.',
  'audit.end': 'All rows shown.',
  'audit.empty': 'The log has no rows.',
  'audit.verify.heading': 'Log integrity',
  'audit.verify.intro':
    'The check recomputes the hashes of the whole chain and names the first row that changed.',
  'audit.verify.button': 'Verify chain',
  'audit.verify.running': 'Verifying…',
  'audit.verify.ok': 'The chain is intact: {rows} rows checked, latest row no. {head}.',
  'audit.verify.broken': 'The chain is broken at row no. {seq}: {reason}',
};
