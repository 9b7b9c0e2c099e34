/**
 * Around the current page: a loading indicator while its code arrives (lazyPage.ts), and a message
 * with a reload button if the code could not be fetched. Other errors are not caught here.
 */
import { Component, type ReactNode, Suspense } from 'react';
import { Button, InlineAlert } from 'suomifi-ui-components';
import { Loading } from '../components/Loading.tsx';
import { useT } from '../i18n/I18nProvider.tsx';
import { PageLoadError } from './lazyPage.ts';

export function PageBoundary({ children }: { children: ReactNode }) {
  return (
    <LoadErrorBoundary>
      <Suspense fallback={<Loading />}>{children}</Suspense>
    </LoadErrorBoundary>
  );
}

interface Caught {
  caught: { error: unknown } | null;
}

class LoadErrorBoundary extends Component<{ children: ReactNode }, Caught> {
  override state: Caught = { caught: null };

  static getDerivedStateFromError(error: unknown): Caught {
    return { caught: { error } };
  }

  override render() {
    const { caught } = this.state;
    if (!caught) return this.props.children;
    // Anything but a failed load goes on up, as it would without this boundary.
    if (!(caught.error instanceof PageLoadError)) throw caught.error;
    return <PageLoadFailed />;
  }
}

function PageLoadFailed() {
  const t = useT();
  return (
    <InlineAlert status="error" role="alert" className="error-alert">
      {t('app.pageLoadFailed')}
      <Button variant="secondary" className="error-alert__retry" onClick={() => window.location.reload()}>
        {t('app.reload')}
      </Button>
    </InlineAlert>
  );
}
