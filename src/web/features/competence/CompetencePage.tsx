/**
 * Toimivaltakartta: the module page for everything under `/competence`. It picks the sub-page from the
 * path; each sub-page has its own <h1> so the shell announces it after navigation.
 */
import { usePathname } from '../../app/router.ts';
import { useMe } from '../../app/session.tsx';
import { NotFoundPage } from '../not-found/NotFoundPage.tsx';
import { AdminView } from './admin/AdminView.tsx';
import { AskView } from './ask/AskView.tsx';
import { AuthorityIndexView } from './authority/AuthorityIndexView.tsx';
import { AuthorityView } from './authority/AuthorityView.tsx';
import { CompetenceTabs } from './CompetenceTabs.tsx';
import { parseCompetencePath } from './competence.routes.ts';
import { MatrixView } from './matrix/MatrixView.tsx';
import { OverviewView } from './OverviewView.tsx';
import { ParticipantsView } from './participants/ParticipantsView.tsx';
import './competence.css';

export function CompetencePage() {
  const pathname = usePathname();
  const me = useMe();
  const isAdmin = me.roles.includes('platform_admin');
  const route = parseCompetencePath(pathname);

  // The server refuses the admin routes to others; the page is hidden as well.
  if (route.view === 'unknown' || (route.view === 'admin' && !isAdmin)) return <NotFoundPage />;

  return (
    <div className="competence">
      <CompetenceTabs current={route.view} showAdmin={isAdmin} ownAuthority={me.authority.code} />
      {route.view === 'overview' && <OverviewView />}
      {route.view === 'authorities' && <AuthorityIndexView />}
      {route.view === 'authority' && <AuthorityView code={route.code} />}
      {route.view === 'matrix' && <MatrixView />}
      {route.view === 'ask' && <AskView />}
      {route.view === 'participants' && <ParticipantsView />}
      {route.view === 'admin' && <AdminView />}
    </div>
  );
}
