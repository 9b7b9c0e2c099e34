/**
 * Kohdehaku: search the register by business ID, name or person, with filters. Results carry what
 * the user may see AND the hits — what other authorities hold, as counts and categories only — each
 * with Request disclosure. Keyset paging ("load more"); the result as CSV or XLSX from the server.
 */
import { type FormEvent, useState } from 'react';
import { Button, Dropdown, DropdownItem, Paragraph, TextInput } from 'suomifi-ui-components';
import { navigate } from '../../../app/router.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { SectionHeading } from '../../../components/SectionHeading.tsx';
import { useLocale, useT } from '../../../i18n/I18nProvider.tsx';
import { SaveSearchButton } from '../../realtime/SaveSearchButton.tsx';
import type { SavedSearchFilters } from '../../realtime/savedSearches.api.ts';
import { RecordTable } from '../../records/RecordTable.tsx';
import { useNames, useRecordsConfig } from '../../records/useRecordsConfig.ts';
import { HitList } from '../HitList.tsx';
import { RequestDialog } from '../RequestDialog.tsx';
import { TARGETS_PATH } from '../targets.routes.ts';
import type { Hit, RecordItem, TargetItem } from '../targets.types.ts';
import {
  exportUrl,
  fromSearchParams,
  isSearchable,
  type SearchForm,
  type SearchType,
  toSearchParams,
} from './searchQuery.ts';
import { TargetResults } from './TargetResults.tsx';
import { useSearch } from './useSearch.ts';

const ALL = 'all';

/** The submitted search as a saved search's filters: empty fields are left out. */
function savedFilters(form: SearchForm): Omit<SavedSearchFilters, 'q'> {
  const { q: _q, type, ...rest } = form;
  const filters: Omit<SavedSearchFilters, 'q'> = type ? { type } : {};
  for (const [key, value] of Object.entries(rest) as [keyof typeof rest, string][]) {
    if (value) filters[key] = value;
  }
  return filters;
}

export function SearchView() {
  const t = useT();
  const { locale } = useLocale();
  const config = useRecordsConfig();
  const names = useNames(config.data);
  const [form, setForm] = useState<SearchForm>(() =>
    fromSearchParams(new URLSearchParams(window.location.search)),
  );
  const [submitted, setSubmitted] = useState<SearchForm | null>(() => (isSearchable(form) ? form : null));
  const [tooShort, setTooShort] = useState(false);
  const [requesting, setRequesting] = useState<Hit | null>(null);
  const [notice, setNotice] = useState('');
  const search = useSearch(submitted ? toSearchParams(submitted) : null);

  const set = (change: Partial<SearchForm>) => setForm((previous) => ({ ...previous, ...change }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setNotice('');
    if (!isSearchable(form)) {
      setTooShort(true);
      return;
    }
    setTooShort(false);
    setSubmitted({ ...form });
    const query = toSearchParams(form).toString();
    navigate(`${TARGETS_PATH}?${query}`, { replace: true });
  };

  const items = search.items ?? [];
  const targets = items.filter((item): item is TargetItem => item.kind === 'target');
  const records = items
    .filter((item): item is RecordItem => item.kind === 'record')
    .map((item) => item.record);
  const nameOf = (hit: Hit) => targets.find((item) => item.id === hit.targetId)?.name ?? null;

  return (
    <>
      <PageHeading>{t('targets.search.title')}</PageHeading>
      <Paragraph className="lead">{t('targets.search.intro')}</Paragraph>
      <form
        className="panel target-search"
        noValidate
        onSubmit={submit}
        aria-label={t('targets.search.title')}
      >
        <div className="target-search__main">
          <TextInput
            labelText={t('targets.search.q')}
            hintText={t('targets.search.qHint')}
            value={form.q}
            onChange={(value) => set({ q: String(value ?? '') })}
            fullWidth
            status={tooShort ? 'error' : 'default'}
            statusText={tooShort ? t('targets.search.tooShort') : undefined}
          />
          <Dropdown
            labelText={t('targets.search.type')}
            value={form.type || ALL}
            onChange={(value) => set({ type: (value === ALL ? '' : value) as SearchType })}
          >
            <DropdownItem value={ALL}>{t('targets.search.type.targets')}</DropdownItem>
            <DropdownItem value="company">{t('targets.type.company')}</DropdownItem>
            <DropdownItem value="worksite">{t('targets.type.worksite')}</DropdownItem>
            <DropdownItem value="person">{t('targets.type.person')}</DropdownItem>
            <DropdownItem value="record">{t('targets.search.type.record')}</DropdownItem>
          </Dropdown>
        </div>
        <details
          className="target-search__filters"
          open={
            form.industry !== '' ||
            form.municipality !== '' ||
            form.category !== '' ||
            form.owner !== '' ||
            form.from !== '' ||
            form.to !== ''
          }
        >
          <summary>{t('targets.search.filters')}</summary>
          <div className="target-search__grid">
            <TextInput
              labelText={t('targets.search.industry')}
              hintText={t('targets.search.industryHint')}
              inputMode="numeric"
              value={form.industry}
              onChange={(value) => set({ industry: String(value ?? '') })}
            />
            <TextInput
              labelText={t('targets.search.municipality')}
              value={form.municipality}
              onChange={(value) => set({ municipality: String(value ?? '') })}
            />
            <Dropdown
              labelText={t('targets.search.category')}
              value={form.category || ALL}
              onChange={(value) => set({ category: value === ALL ? '' : value })}
            >
              {[
                <DropdownItem key={ALL} value={ALL}>
                  {t('targets.search.any')}
                </DropdownItem>,
                ...(config.data?.categories ?? []).map((category) => (
                  <DropdownItem key={category.code} value={category.code}>
                    {category.name[locale]}
                  </DropdownItem>
                )),
              ]}
            </Dropdown>
            <Dropdown
              labelText={t('targets.search.owner')}
              value={form.owner || ALL}
              onChange={(value) => set({ owner: value === ALL ? '' : value })}
            >
              {[
                <DropdownItem key={ALL} value={ALL}>
                  {t('targets.search.any')}
                </DropdownItem>,
                ...(config.data?.authorities ?? []).map((authority) => (
                  <DropdownItem key={authority.code} value={authority.code}>
                    {authority.shortName[locale]}
                  </DropdownItem>
                )),
              ]}
            </Dropdown>
            <TextInput
              labelText={t('targets.search.from')}
              hintText={t('targets.search.dateHint')}
              value={form.from}
              onChange={(value) => set({ from: String(value ?? '') })}
            />
            <TextInput
              labelText={t('targets.search.to')}
              hintText={t('targets.search.dateHint')}
              value={form.to}
              onChange={(value) => set({ to: String(value ?? '') })}
            />
          </div>
        </details>
        <div className="target-search__actions">
          <Button type="submit">{t('targets.search.submit')}</Button>
        </div>
      </form>

      {submitted !== null && (
        <section className="target-results" aria-labelledby="target-results-title">
          <SectionHeading id="target-results-title">{t('targets.search.results')}</SectionHeading>
          <p className="result-count" aria-live="polite">
            {search.items === null
              ? ''
              : t(search.nextCursor ? 'targets.search.shownMore' : 'targets.search.shown', {
                  count: items.length,
                })}
          </p>
          <SaveSearchButton query={submitted.q} filters={savedFilters(submitted)} />
          {items.length > 0 && (
            <p className="target-results__export">
              <a href={exportUrl(submitted, 'csv')} download>
                {t('targets.search.exportCsv')}
              </a>
              <a href={exportUrl(submitted, 'xlsx')} download>
                {t('targets.search.exportXlsx')}
              </a>
              <span className="target-results__export-note">{t('targets.search.exportNote')}</span>
            </p>
          )}
          {targets.length > 0 && <TargetResults items={targets} names={names} />}
          {records.length > 0 && <RecordTable records={records} names={names} />}
          {search.items !== null && items.length === 0 && <Paragraph>{t('targets.search.none')}</Paragraph>}
          {search.loading && <Loading />}
          {search.error !== null && <ErrorAlert error={search.error} onRetry={search.reload} />}
          {search.nextCursor !== null && !search.loading && search.error === null && (
            <Button variant="secondary" onClick={search.loadMore}>
              {t('targets.search.loadMore')}
            </Button>
          )}

          {search.hits.length > 0 && (
            <section className="panel hits-panel" aria-labelledby="search-hits-title">
              <SectionHeading id="search-hits-title">{t('targets.hits.title')}</SectionHeading>
              <Paragraph className="hits-panel__intro">{t('targets.hits.intro')}</Paragraph>
              <HitList hits={search.hits} names={names} targetName={nameOf} onRequest={setRequesting} />
            </section>
          )}
          <p className="record-notice" role="status">
            {notice}
          </p>
        </section>
      )}

      {requesting && config.data && (
        <RequestDialog
          hit={requesting}
          targetName={nameOf(requesting)}
          config={config.data}
          names={names}
          onClose={(sent) => {
            setRequesting(null);
            if (sent)
              setNotice(t('targets.request.sentNotice', { authority: names.authority(sent.toAuthority) }));
          }}
        />
      )}
    </>
  );
}
