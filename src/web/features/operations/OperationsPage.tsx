/**
 * Yhteisvalvonnat: the module page for everything under `/operations` — the list, the annual clock,
 * the supervision initiatives and one operation with its tabs. Each view has its own <h1>.
 */
import { usePathname } from '../../app/router.ts';
import { NotFoundPage } from '../not-found/NotFoundPage.tsx';
import { ClockView } from './ClockView.tsx';
import { InitiativeDetailView } from './InitiativeDetailView.tsx';
import { InitiativesView } from './InitiativesView.tsx';
import { OperationDetailView } from './OperationDetailView.tsx';
import { OperationListView } from './OperationListView.tsx';
import { parseOperationsPath } from './operations.routes.ts';
import './operations.css';

export function OperationsPage() {
  const route = parseOperationsPath(usePathname());
  switch (route.view) {
    case 'list':
      return <OperationListView />;
    case 'clock':
      return <ClockView />;
    case 'initiatives':
      return <InitiativesView />;
    case 'initiative':
      return <InitiativeDetailView key={route.id} id={route.id} />;
    case 'operation':
      return <OperationDetailView key={route.id} id={route.id} tab={route.tab} />;
    default:
      return <NotFoundPage />;
  }
}
