/**
 * "Tallenna haku ja ilmoita uusista": mounted by the register search page with the search as it stands
 * (`query` = the search term, `filters` = the other filters of /api/search). Opens a small form for
 * the name (the term by default), saves, and says where saved searches are managed.
 */
import { type FormEvent, useId, useState } from 'react';
import { Button, IconAlert, InlineAlert, TextInput } from 'suomifi-ui-components';
import { AppLink } from '../../components/AppLink.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';
import { filterPhrases } from './filterSummary.ts';
import {
  isWatchable,
  SAVED_SEARCHES_PATH,
  type SavedSearchFilters,
  savedSearchesApi,
} from './savedSearches.api.ts';
import './realtime.css';

export interface SaveSearchButtonProps {
  /** The search term (`q`); may be empty when filters narrow the search. */
  query: string;
  /** The other filters of the search, as /api/search takes them. */
  filters: Omit<SavedSearchFilters, 'q'>;
}

export function SaveSearchButton({ query, filters }: SaveSearchButtonProps) {
  const t = useT();
  const all: SavedSearchFilters = { ...filters, q: query };
  const suggested = query.trim() || filterPhrases(t, { ...filters }).join(', ');
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const hintId = useId();
  const watchable = isWatchable(all);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const chosen = (name || suggested).trim().slice(0, 100);
    if (!chosen) return;
    setBusy(true);
    setError(null);
    savedSearchesApi
      .create(chosen, all)
      .then(() => {
        setSaved(true);
        setOpen(false);
      }, setError)
      .finally(() => setBusy(false));
  };

  if (saved) {
    return (
      <InlineAlert status="neutral" className="save-search" role="status">
        {t('realtime.save.saved')} <AppLink href={SAVED_SEARCHES_PATH}>{t('realtime.save.manage')}</AppLink>
      </InlineAlert>
    );
  }

  if (!open) {
    return (
      <div className="save-search">
        <Button
          variant="secondary"
          icon={<IconAlert />}
          disabled={!watchable}
          aria-describedby={watchable ? undefined : hintId}
          onClick={() => {
            setName(suggested.slice(0, 100));
            setOpen(true);
          }}
        >
          {t('realtime.save.button')}
        </Button>
        {!watchable && (
          <p id={hintId} className="save-search__hint">
            {t('realtime.save.notWatchable')}
          </p>
        )}
      </div>
    );
  }

  return (
    <form className="save-search save-search--open" onSubmit={submit}>
      <TextInput
        labelText={t('realtime.save.nameLabel')}
        value={name}
        maxLength={100}
        onChange={(value) => setName(String(value ?? ''))}
        autoFocus
      />
      <div className="save-search__actions">
        <Button type="submit" disabled={busy || !(name || suggested).trim()}>
          {t('realtime.save.confirm')}
        </Button>
        <Button variant="secondaryNoBorder" onClick={() => setOpen(false)}>
          {t('realtime.save.cancel')}
        </Button>
      </div>
      {error !== null && <ErrorAlert error={error} />}
    </form>
  );
}
