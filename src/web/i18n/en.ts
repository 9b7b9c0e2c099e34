/** English UI texts. Same keys as fi.ts; TypeScript fails if one is missing or unknown. */

import { auditEn } from '../features/audit/i18n/en.ts';
import { authoritiesEn } from '../features/authorities/i18n/en.ts';
import { competenceEn } from '../features/competence/i18n/en.ts';
import { homeEn } from '../features/home/i18n/en.ts';
import { notFoundEn } from '../features/not-found/i18n/en.ts';
import { notificationsEn } from '../features/notifications/i18n/en.ts';
import { fieldEn } from '../features/operations/field/i18n/en.ts';
import { operationsEn } from '../features/operations/i18n/en.ts';
import { planEn } from '../features/operations/plan/i18n/en.ts';
import { selectionEn } from '../features/operations/selection/i18n/en.ts';
import { realtimeEn } from '../features/realtime/i18n/en.ts';
import { recordsEn } from '../features/records/i18n/en.ts';
import { targetsEn } from '../features/targets/i18n/en.ts';
import { workerContentEn } from '../features/worker-content/i18n/en.ts';
import { workerTipsEn } from '../features/worker-tips/i18n/en.ts';
import type { Messages } from './messages.ts';

export const en: Messages = {
  ...operationsEn,
  ...selectionEn,
  ...planEn,
  ...fieldEn,
  ...realtimeEn,
  ...targetsEn,
  ...competenceEn,
  ...recordsEn,
  ...notificationsEn,
  ...auditEn,
  ...authoritiesEn,
  ...workerContentEn,
  ...workerTipsEn,
  ...homeEn,
  ...notFoundEn,
  'app.name': 'Silta',
  'app.tagline': 'Authorities working together against labour exploitation and human trafficking',
  'app.documentTitle': '{page} – Silta',
  'app.loading': 'Loading…',
  'app.retry': 'Try again',
  'app.pageLoadFailed': 'The page could not be loaded. Check your connection and reload the page.',
  'app.reload': 'Reload the page',

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

  // Records and sharing: src/web/features/records
  'nav.records': 'Records',

  // Notification centre: src/web/features/notifications
  'nav.notifications': 'Notifications',

  // Competence map: src/web/features/competence
  'nav.competence': 'Competence map',

  // Worker app: content management (CMS) and the tips inbox.
  'nav.workerContent': 'Worker app',
  'nav.workerTips': 'Tips from workers',
};
