/** An error message read out at once (`role="alert"`), with an optional retry button. */
import { Button, InlineAlert } from 'suomifi-ui-components';
import { describeError } from '../app/errorMessage.ts';
import { useT } from '../i18n/I18nProvider.tsx';

interface ErrorAlertProps {
  error: unknown;
  onRetry?: () => void;
}

export function ErrorAlert({ error, onRetry }: ErrorAlertProps) {
  const t = useT();
  return (
    <InlineAlert status="error" role="alert" className="error-alert">
      {describeError(error, t)}
      {onRetry && (
        <Button variant="secondary" className="error-alert__retry" onClick={onRetry}>
          {t('app.retry')}
        </Button>
      )}
    </InlineAlert>
  );
}
