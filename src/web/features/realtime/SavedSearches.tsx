/**
 * "Tallennetut haut" on the notification page: the caseworker's saved register searches — what each
 * watches, and renaming, muting and deleting them. New results arrive as notifications (the server
 * decides who may see what, when it happens).
 */
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Button, Paragraph, TextInput } from 'suomifi-ui-components';
import { useApiData } from '../../app/useApiData.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SectionHeading } from '../../components/SectionHeading.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { filterPhrases } from './filterSummary.ts';
import { SAVED_SEARCHES_ANCHOR, type SavedSearch, savedSearchesApi } from './savedSearches.api.ts';
import './realtime.css';

function SavedSearchRow({
  search,
  onChanged,
  onDeleted,
}: {
  search: SavedSearch;
  onChanged: () => void;
  onDeleted: (name: string) => void;
}) {
  const t = useT();
  const format = useFormat();
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(search.name);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const run = (action: () => Promise<unknown>, after: () => void) => {
    setBusy(true);
    setError(null);
    action()
      .then(after, setError)
      .finally(() => setBusy(false));
  };
  const rename = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    run(
      () => savedSearchesApi.update(search.id, { name: name.trim() }),
      () => {
        setRenaming(false);
        onChanged();
      },
    );
  };
  const headingId = `saved-search-${search.id}`;

  return (
    <li className="saved-search" aria-labelledby={headingId}>
      <div className="saved-search__main">
        <h3 id={headingId} className="saved-search__name">
          {search.name}
          {search.muted && (
            <span className="saved-search__muted">{` · ${t('realtime.savedSearches.muted')}`}</span>
          )}
        </h3>
        <p className="saved-search__filters">{filterPhrases(t, search.filters).join(' · ')}</p>
        <p className="saved-search__meta">
          {t('realtime.savedSearches.createdAt', { date: format.dateTime(search.createdAt) })}
        </p>
      </div>
      {renaming ? (
        <form className="saved-search__rename" onSubmit={rename}>
          <TextInput
            labelText={t('realtime.savedSearches.nameLabel')}
            value={name}
            maxLength={100}
            onChange={(value) => setName(String(value ?? ''))}
            autoFocus
          />
          <div className="saved-search__actions">
            <Button type="submit" disabled={busy || !name.trim()}>
              {t('realtime.savedSearches.save')}
            </Button>
            <Button
              variant="secondaryNoBorder"
              onClick={() => {
                setName(search.name);
                setRenaming(false);
              }}
            >
              {t('realtime.savedSearches.cancel')}
            </Button>
          </div>
        </form>
      ) : (
        // biome-ignore lint/a11y/useSemanticElements: a group of buttons, named after the search
        <div
          className="saved-search__actions"
          role="group"
          aria-label={t('realtime.savedSearches.actionsFor', { name: search.name })}
        >
          <Button variant="secondary" disabled={busy} onClick={() => setRenaming(true)}>
            {t('realtime.savedSearches.rename')}
          </Button>
          <Button
            variant="secondary"
            disabled={busy}
            aria-pressed={search.muted}
            onClick={() => run(() => savedSearchesApi.update(search.id, { muted: !search.muted }), onChanged)}
          >
            {search.muted ? t('realtime.savedSearches.unmute') : t('realtime.savedSearches.mute')}
          </Button>
          {confirming ? (
            <Button
              variant="secondary"
              className="saved-search__confirm"
              disabled={busy}
              onClick={() =>
                run(
                  () => savedSearchesApi.remove(search.id),
                  () => onDeleted(search.name),
                )
              }
            >
              {t('realtime.savedSearches.confirmDelete')}
            </Button>
          ) : (
            <Button variant="secondaryNoBorder" disabled={busy} onClick={() => setConfirming(true)}>
              {t('realtime.savedSearches.delete')}
            </Button>
          )}
        </div>
      )}
      {error !== null && <ErrorAlert error={error} />}
    </li>
  );
}

export function SavedSearches() {
  const t = useT();
  const { data, error, loading, reload } = useApiData(savedSearchesApi.list);
  const [deleted, setDeleted] = useState<string | null>(null);
  const section = useRef<HTMLElement>(null);
  const loaded = data !== null;

  // Arriving from "manage saved searches" (/notifications#saved-searches): bring the section into view.
  useEffect(() => {
    if (loaded && window.location.hash === `#${SAVED_SEARCHES_ANCHOR}`) {
      section.current?.scrollIntoView();
      section.current?.focus();
    }
  }, [loaded]);

  return (
    <section
      className="panel saved-searches"
      id={SAVED_SEARCHES_ANCHOR}
      aria-labelledby="saved-searches-heading"
    >
      <SectionHeading id="saved-searches-heading">{t('realtime.savedSearches.title')}</SectionHeading>
      <Paragraph>{t('realtime.savedSearches.intro')}</Paragraph>
      <p className="visually-hidden" role="status">
        {deleted ? t('realtime.savedSearches.deleted', { name: deleted }) : ''}
      </p>
      {loading && data === null && <Loading />}
      {error !== null && <ErrorAlert error={error} onRetry={reload} />}
      {data !== null &&
        (data.length === 0 ? (
          <Paragraph>{t('realtime.savedSearches.empty')}</Paragraph>
        ) : (
          <ul className="saved-searches__list">
            {data.map((search) => (
              <SavedSearchRow
                key={search.id}
                search={search}
                onChanged={reload}
                onDeleted={(name) => {
                  setDeleted(name);
                  reload();
                }}
              />
            ))}
          </ul>
        ))}
    </section>
  );
}
