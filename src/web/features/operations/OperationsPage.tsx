/**
 * Yhteisvalvonnat: the module page for everything under `/operations` — the list, the annual clock,
 * the supervision initiatives and one operation. Each view has its own <h1>.
 */
import { usePathname } from '../../app/router.ts';
import { NotFoundPage } from '../not-found/NotFoundPage.tsx';
import { parseOperationsPath } from './operations.routes.ts';

export function OperationsPage() {
  const route = parseOperationsPath(usePathname());
  switch (route.view) {
    default:
      return <NotFoundPage />;
  }
}
