/**
 * Työntekijäsovelluksen sisällöt: the CMS of the public worker app, for content editors. The shell
 * routes everything under `/worker-content` here.
 */
import { usePathname } from '../../app/router.ts';
import { NotFoundPage } from '../not-found/NotFoundPage.tsx';
import { NoticesView } from './NoticesView.tsx';
import { OverviewView } from './OverviewView.tsx';
import { PageEditorView } from './PageEditorView.tsx';
import { parseWorkerContentPath } from './workerContent.routes.ts';
import './workerContent.css';

export function WorkerContentPage() {
  const route = parseWorkerContentPath(usePathname());
  switch (route.view) {
    case 'overview':
      return <OverviewView />;
    case 'notices':
      return <NoticesView />;
    case 'page':
      return <PageEditorView key={`${route.slug}/${route.lang}`} slug={route.slug} lang={route.lang} />;
    default:
      return <NotFoundPage />;
  }
}
