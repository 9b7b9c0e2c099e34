/**
 * Vihjeet työntekijäsovelluksesta: the receiving authority's inbox of anonymous tips, and replies the
 * sender reads with their reference code. Opening the list or a tip is recorded in the audit log.
 */
import { usePathname } from '../../app/router.ts';
import { NotFoundPage } from '../not-found/NotFoundPage.tsx';
import { TipDetailView } from './TipDetailView.tsx';
import { TipListView } from './TipListView.tsx';
import { parseWorkerTipsPath } from './workerTips.routes.ts';
import '../worker-content/workerContent.css';
import './workerTips.css';

export function WorkerTipsPage() {
  const route = parseWorkerTipsPath(usePathname());
  if (route.view === 'list') return <TipListView />;
  if (route.view === 'detail') return <TipDetailView key={route.id} id={route.id} />;
  return <NotFoundPage />;
}
