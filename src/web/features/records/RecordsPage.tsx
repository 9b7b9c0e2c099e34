/**
 * Kirjaukset: the module page for everything under `/records` — the list, the new-record form and one
 * record. Each view has its own <h1> so the shell announces it after navigation.
 */
import { usePathname } from '../../app/router.ts';
import { NotFoundPage } from '../not-found/NotFoundPage.tsx';
import { NewRecordView } from './NewRecordView.tsx';
import { RecordDetailView } from './RecordDetailView.tsx';
import { RecordListView } from './RecordListView.tsx';
import { parseRecordsPath } from './records.routes.ts';
import './records.css';

export function RecordsPage() {
  const route = parseRecordsPath(usePathname());
  switch (route.view) {
    case 'list':
      return <RecordListView />;
    case 'new':
      return <NewRecordView />;
    case 'detail':
      return <RecordDetailView id={route.id} />;
    default:
      return <NotFoundPage />;
  }
}
