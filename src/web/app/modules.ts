/**
 * The module registry: every page of the signed-in app is one entry here. The navigation, the
 * routes and the role check are all built from this list, so a new feature adds its page by adding
 * one entry (and its `nav.*` text to the i18n catalogues). A feature's page is loaded on demand
 * (lazyPage.ts); the role lists come from small `*.access.ts` files so the registry stays light.
 */
import type { ComponentType } from 'react';
import type { Role } from '../../contracts/roles.ts';
import { AUDIT_READ_ROLES } from '../features/audit/audit.access.ts';
import { HomePage } from '../features/home/HomePage.tsx';
import { OPERATIONS_ROLES } from '../features/operations/operations.access.ts';
import { RECORDS_ROLES } from '../features/records/records.access.ts';
import { TARGETS_ROLES } from '../features/targets/targets.access.ts';
import { WORKER_CONTENT_ROLES } from '../features/worker-content/workerContent.access.ts';
import { WORKER_TIPS_ROLES } from '../features/worker-tips/workerTips.routes.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { lazyPage } from './lazyPage.ts';

// The home page comes with the shell (it is where signing in lands); every feature area is its own
// chunk, loaded when first opened. Operations keeps its tabs, field view included, in its chunk so
// the field view works offline once an operation is open.
const AuthoritiesPage = lazyPage(
  () => import('../features/authorities/AuthoritiesPage.tsx'),
  (m) => m.AuthoritiesPage,
);
const CompetencePage = lazyPage(
  () => import('../features/competence/CompetencePage.tsx'),
  (m) => m.CompetencePage,
);
const RecordsPage = lazyPage(
  () => import('../features/records/RecordsPage.tsx'),
  (m) => m.RecordsPage,
);
const TargetsPage = lazyPage(
  () => import('../features/targets/TargetsPage.tsx'),
  (m) => m.TargetsPage,
);
const OperationsPage = lazyPage(
  () => import('../features/operations/OperationsPage.tsx'),
  (m) => m.OperationsPage,
);
const NotificationsPage = lazyPage(
  () => import('../features/notifications/NotificationsPage.tsx'),
  (m) => m.NotificationsPage,
);
const WorkerTipsPage = lazyPage(
  () => import('../features/worker-tips/WorkerTipsPage.tsx'),
  (m) => m.WorkerTipsPage,
);
const WorkerContentPage = lazyPage(
  () => import('../features/worker-content/WorkerContentPage.tsx'),
  (m) => m.WorkerContentPage,
);
const AuditPage = lazyPage(
  () => import('../features/audit/AuditPage.tsx'),
  (m) => m.AuditPage,
);

export interface AppModule {
  /** Stable id, also used in test ids and analytics-free logs. */
  id: string;
  /** Exact path, without a trailing slash. */
  path: string;
  /** The module also serves every path below `path` (`/competence/matrix`); its page reads the rest. */
  subpaths?: boolean;
  /** Navigation label (a `nav.*` key). */
  labelKey: MessageKey;
  /** Who sees the module; absent = everyone signed in. The server enforces the same rule. */
  roles?: readonly Role[];
  element: ComponentType;
}

export const modules: readonly AppModule[] = [
  { id: 'home', path: '/', labelKey: 'nav.home', element: HomePage },
  { id: 'authorities', path: '/authorities', labelKey: 'nav.authorities', element: AuthoritiesPage },
  {
    id: 'competence',
    path: '/competence',
    subpaths: true,
    labelKey: 'nav.competence',
    element: CompetencePage,
  },
  {
    id: 'records',
    path: '/records',
    subpaths: true,
    labelKey: 'nav.records',
    roles: RECORDS_ROLES,
    element: RecordsPage,
  },
  {
    id: 'targets',
    path: '/targets',
    subpaths: true,
    labelKey: 'nav.targets',
    roles: TARGETS_ROLES,
    element: TargetsPage,
  },
  {
    id: 'operations',
    path: '/operations',
    subpaths: true,
    labelKey: 'nav.operations',
    roles: OPERATIONS_ROLES,
    element: OperationsPage,
  },
  { id: 'notifications', path: '/notifications', labelKey: 'nav.notifications', element: NotificationsPage },
  {
    id: 'worker-tips',
    path: '/worker-tips',
    subpaths: true,
    labelKey: 'nav.workerTips',
    roles: WORKER_TIPS_ROLES,
    element: WorkerTipsPage,
  },
  {
    id: 'worker-content',
    path: '/worker-content',
    subpaths: true,
    labelKey: 'nav.workerContent',
    roles: WORKER_CONTENT_ROLES,
    element: WorkerContentPage,
  },
  {
    id: 'audit',
    path: '/audit',
    labelKey: 'nav.audit',
    roles: AUDIT_READ_ROLES,
    element: AuditPage,
  },
];

/** May a user with these roles open the module? */
export function canOpen(module: AppModule, roles: readonly Role[]): boolean {
  return !module.roles || module.roles.some((role) => roles.includes(role));
}

/** The modules this user may open, in navigation order. */
export function modulesFor(roles: readonly Role[]): AppModule[] {
  return modules.filter((module) => canOpen(module, roles));
}

/** The module at `path` if this user may open it; otherwise undefined (shown as "not found"). */
export function findModule(path: string, roles: readonly Role[]): AppModule | undefined {
  return modulesFor(roles).find(
    (module) => module.path === path || (module.subpaths === true && path.startsWith(`${module.path}/`)),
  );
}
