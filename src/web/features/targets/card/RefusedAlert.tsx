/**
 * A refused merge or split: the usual one-sentence error, and below it the server's own words (why it
 * refused — not the owner authority, already merged, …), which the generic sentence cannot say. The
 * server writes those in English, so the line is marked as English for screen readers.
 */
import { InlineAlert } from 'suomifi-ui-components';
import { ApiError } from '../../../api/client.ts';
import { describeError } from '../../../app/errorMessage.ts';
import { useT } from '../../../i18n/I18nProvider.tsx';

export function RefusedAlert({ error }: { error: unknown }) {
  const t = useT();
  const said =
    error instanceof ApiError && error.status >= 400 && error.status < 500 ? error.message.trim() : '';
  return (
    <InlineAlert status="error" role="alert" className="error-alert">
      <p className="refused__sentence">{describeError(error, t)}</p>
      {said && (
        <p className="refused__server">
          {t('targets.merge.serverSaid')} <span lang="en">{said}</span>
        </p>
      )}
    </InlineAlert>
  );
}
