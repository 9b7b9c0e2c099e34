/** English UI texts. Same keys as fi.ts; TypeScript fails if one is missing or unknown. */
import type { Messages } from './messages.ts';

export const en: Messages = {
  'app.name': 'Silta',
  'app.tagline': 'Authorities working together against labour exploitation and human trafficking',
  'app.documentTitle': '{page} – Silta',
  'app.loading': 'Loading…',
  'app.retry': 'Try again',

  'lang.label': 'Language',

  'login.title': 'Sign in',
  'login.username': 'Username',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.submitting': 'Signing in…',
  'login.usernameRequired': 'Enter your username.',
  'login.passwordRequired': 'Enter your password.',
  'login.sessionExpired': 'Your session ended — sign in again.',
  'login.signedOut': 'You have signed out.',
  'login.notice': 'For official duties only. Every action is recorded in the audit log.',
  'login.workerHeading': 'Are you a worker?',
  'login.workerLink': 'Information for workers in your language',

  'shell.skipLink': 'Skip to main content',
  'shell.navLabel': 'Main menu',
  'shell.menu': 'Menu',
  'shell.signOut': 'Sign out',
  'shell.user': 'Signed-in user',
  'shell.footer': 'Silta is an internal service for authorities. Its use is recorded in the audit log.',
  'shell.workerInfo': 'Information for workers',

  'nav.home': 'Home',
  'nav.authorities': 'Authorities',
  'nav.audit': 'Audit log',

  'home.title': 'Welcome, {name}',
  'home.intro':
    'Silta is where authorities work together against labour exploitation and human trafficking: who is competent, what information may be disclosed, and how joint inspections are planned.',
  'home.yourAuthority': 'Your authority',
  'home.unit': 'Unit',
  'home.noUnit': 'No unit',
  'home.yourRoles': 'Your roles and what they mean',
  'home.quickLinks': 'Quick links',
  'home.linkAuthorities': 'Authorities and their competence',
  'home.linkAudit': 'Audit log',
  'home.linkWorkerInfo': 'Public information service for workers',

  'role.officer': 'Officer',
  'role.officer.explain':
    'You handle your authority’s cases and can see its non-public records. You can record observations and tips.',
  'role.analyst': 'Analyst',
  'role.analyst.explain':
    'You analyse your authority’s records and build situational pictures to support inspections and pre-trial investigations.',
  'role.operation_lead': 'Operation lead',
  'role.operation_lead.explain':
    'You plan and lead joint inspections: you draw up inspection plans and target cards together with other authorities.',
  'role.authority_admin': 'Authority administrator',
  'role.authority_admin.explain': 'You manage your authority’s users and follow its audit log.',
  'role.platform_admin': 'Platform administrator',
  'role.platform_admin.explain':
    'You run Silta and watch over the integrity of the audit log. This role gives no right to read the authorities’ case records.',
  'role.content_editor': 'Content editor',
  'role.content_editor.explain': 'You maintain the multilingual information for workers.',

  'authorities.title': 'Authorities and their competence',
  'authorities.intro':
    'The authorities that can exchange information through Silta, with a short note on their competence. Every item has a source and the date it was checked.',
  'authorities.count': '{count} authorities',
  'authorities.unverified': 'Unverified',
  'authorities.unverifiedHint':
    'This has not yet been verified against its source. Check it before you rely on it.',
  'authorities.yours': 'Your authority',
  'authorities.sources': 'Sources',
  'authorities.checkedOn': 'Checked on {date}',

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

  'notFound.title': 'Page not found',
  'notFound.body': 'There is no page at {path}, or you are not allowed to see it.',
  'notFound.home': 'Back to the home page',

  'error.title': 'Error',
  'error.invalid_credentials': 'Wrong username or password.',
  'error.too_many_requests': 'Too many attempts. Wait a moment and then try again.',
  'error.validation_failed': 'Check the following: {fields}.',
  'error.unauthenticated': 'Your session ended — sign in again.',
  'error.forbidden': 'You are not allowed to do this.',
  'error.csrf_failed': 'The request was refused for security reasons. Reload the page and try again.',
  'error.not_found': 'Not found.',
  'error.conflict': 'The information changed in the meantime. Reload the page.',
  'error.payload_too_large': 'What you sent is too large.',
  'error.unsupported_media_type': 'The service does not accept the format of what you sent.',
  'error.bad_request': 'The request was not valid.',
  'error.internal':
    'Something went wrong in the service. If it happens again, quote code {requestId} to support.',
  'error.unavailable': 'The service is not available right now. Try again in a moment.',
  'error.network': 'Could not reach the server. Check your network connection and try again.',

  'field.username': 'username',
  'field.password': 'password',
  'field.locale': 'language',
};
