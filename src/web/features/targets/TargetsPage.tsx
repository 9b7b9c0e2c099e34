/**
 * Kohteet: the module page for everything under `/targets` — search with hits, target cards, the
 * requests inbox, the new-target forms and imports. Each view has its own <h1>.
 */
import { usePathname } from '../../app/router.ts';
import { NotFoundPage } from '../not-found/NotFoundPage.tsx';
import { TargetCardView } from './card/TargetCardView.tsx';
import { ImportView } from './import/ImportView.tsx';
import { NewTargetView } from './new/NewTargetView.tsx';
import { RequestsView } from './requests/RequestsView.tsx';
import { SearchView } from './search/SearchView.tsx';
import { TargetsNav } from './TargetsNav.tsx';
import { parseTargetsPath } from './targets.routes.ts';
// Target cards, forms and tables reuse the records page's styles; since pages load on demand they
// are not there unless imported here too.
import '../records/records.css';
import './targets.css';

export function TargetsPage() {
  const pathname = usePathname();
  const route = parseTargetsPath(pathname);
  if (route.view === 'unknown') return <NotFoundPage />;
  return (
    <>
      <TargetsNav pathname={pathname} />
      {route.view === 'search' && <SearchView />}
      {route.view === 'card' && <TargetCardView key={route.id} type={route.type} id={route.id} />}
      {route.view === 'requests' && <RequestsView />}
      {route.view === 'new' && <NewTargetView key={route.type} type={route.type} />}
      {route.view === 'import' && <ImportView />}
    </>
  );
}
