/**
 * `/operations/clock` — vuosikello: the year's themed inspections, EMPACT action days and seasonal
 * work, as a circle and as a list grouped by month (the list is the primary, accessible form; both
 * select the same item). Any item can start a supervision initiative (or, for a lead, an operation);
 * officers and leads add items.
 */
import { useCallback, useState } from 'react';
import { Button, Paragraph } from 'suomifi-ui-components';
import { useMe } from '../../app/session.tsx';
import { useApiData } from '../../app/useApiData.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { SectionHeading } from '../../components/SectionHeading.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useLocale, useT } from '../../i18n/I18nProvider.tsx';
import { INTL_LOCALES } from '../../i18n/locales.ts';
import { useNames, useRecordsConfig } from '../records/useRecordsConfig.ts';
import { ClockItemForm } from './ClockItemForm.tsx';
import { ClockWheel, KindPatterns, KindSwatch } from './ClockWheel.tsx';
import { groupByMonth } from './clockGeometry.ts';
import { useSectorNames } from './FormParts.tsx';
import { CLOCK_KIND_LABEL, monthName } from './labels.ts';
import { OperationsNav } from './OperationsNav.tsx';
import { operationsApi } from './operations.api.ts';
import { INITIATIVES_PATH, OPERATIONS_PATH, withQuery } from './operations.routes.ts';
import type { ClockItem } from './operations.types.ts';

function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function ClockView() {
  const t = useT();
  const { locale } = useLocale();
  const me = useMe();
  const today = todayIso();
  const [year, setYear] = useState(() => Number(today.slice(0, 4)));
  const [selected, setSelected] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const load = useCallback((signal: AbortSignal) => operationsApi.clock(year, signal), [year]);
  const clock = useApiData(load);
  const mayAdd = me.roles.includes('officer') || me.roles.includes('operation_lead');
  const items = clock.data ?? [];
  const chosen = items.find((item) => item.id === selected) ?? null;

  const select = (id: string) => {
    setSelected(id);
    // Everyone lands on the details: keyboard and screen-reader users too.
    window.requestAnimationFrame(() => document.getElementById('clock-detail')?.focus());
  };

  return (
    <>
      <OperationsNav current="clock" />
      <KindPatterns />
      <PageHeading>{t('operations.clock.title')}</PageHeading>
      <Paragraph className="lead">{t('operations.clock.intro')}</Paragraph>
      <nav className="clock-year-nav" aria-label={t('operations.clock.yearNav')}>
        <Button variant="secondary" onClick={() => setYear((y) => y - 1)}>
          {t('operations.clock.previousYear', { year: year - 1 })}
        </Button>
        <p className="clock-year-nav__current" aria-live="polite">
          {t('operations.clock.showing', { year })}
        </p>
        <Button variant="secondary" onClick={() => setYear((y) => y + 1)}>
          {t('operations.clock.nextYear', { year: year + 1 })}
        </Button>
      </nav>
      {mayAdd && !adding && (
        <Button className="ops-new" onClick={() => setAdding(true)}>
          {t('operations.clock.add')}
        </Button>
      )}
      {adding && (
        <ClockItemForm
          onCancel={() => setAdding(false)}
          onSaved={(item) => {
            setAdding(false);
            if (item.startsOn.startsWith(String(year)) || item.endsOn.startsWith(String(year)))
              clock.reload();
            else setYear(Number(item.startsOn.slice(0, 4)));
            setSelected(item.id);
          }}
        />
      )}
      {clock.loading && !clock.data && <Loading />}
      {clock.error !== null && <ErrorAlert error={clock.error} onRetry={clock.reload} />}
      {clock.data && (
        <div className="clock-layout">
          <ClockWheel year={year} items={items} selected={selected} onSelect={select} today={today} />
          <div className="clock-side">
            {chosen && (
              <ClockItemDetail
                item={chosen}
                onDeleted={() => {
                  setSelected(null);
                  clock.reload();
                }}
              />
            )}
            <section aria-labelledby="clock-list-heading">
              <SectionHeading id="clock-list-heading">
                {t('operations.clock.listHeading', { year })}
              </SectionHeading>
              {items.length === 0 && <Paragraph>{t('operations.clock.empty')}</Paragraph>}
              {groupByMonth(items, year).map((group) => (
                <section
                  key={group.month}
                  className="clock-month-group"
                  aria-labelledby={`clock-month-${group.month}`}
                >
                  <h3 id={`clock-month-${group.month}`} className="clock-month-group__title">
                    {monthName(INTL_LOCALES[locale], group.month)}
                  </h3>
                  <ul className="clock-list">
                    {group.items.map((item) => (
                      <ClockListItem
                        key={item.id}
                        item={item}
                        selected={item.id === selected}
                        onSelect={select}
                      />
                    ))}
                  </ul>
                </section>
              ))}
            </section>
          </div>
        </div>
      )}
    </>
  );
}

function ClockListItem({
  item,
  selected,
  onSelect,
}: {
  item: ClockItem;
  selected: boolean;
  onSelect: (id: string) => void;
}) {
  const t = useT();
  const format = useFormat();
  return (
    <li className={selected ? 'clock-list__item clock-list__item--selected' : 'clock-list__item'}>
      <KindSwatch kind={item.kind} />
      <div>
        <button
          type="button"
          className="clock-list__open"
          aria-pressed={selected}
          onClick={() => onSelect(item.id)}
        >
          {item.title}
        </button>
        <p className="clock-list__meta">
          {`${t(CLOCK_KIND_LABEL[item.kind])} · ${format.date(item.startsOn)}–${format.date(item.endsOn)}`}
          {item.recurring === 'yearly' && ` · ${t('operations.clock.yearly')}`}
        </p>
      </div>
    </li>
  );
}

function ClockItemDetail({ item, onDeleted }: { item: ClockItem; onDeleted: () => void }) {
  const t = useT();
  const me = useMe();
  const format = useFormat();
  const names = useNames(useRecordsConfig().data);
  const sectorNames = useSectorNames();
  const [error, setError] = useState<unknown>(null);
  const remove = async () => {
    setError(null);
    try {
      await operationsApi.deleteClockItem(item.id);
      onDeleted();
    } catch (reason) {
      setError(reason);
    }
  };
  return (
    <section
      id="clock-detail"
      tabIndex={-1}
      className="panel clock-detail"
      aria-labelledby="clock-detail-title"
    >
      <h2 id="clock-detail-title" className="clock-detail__title">
        {item.title}
      </h2>
      <p className="clock-detail__kind">
        <KindSwatch kind={item.kind} />
        {t(CLOCK_KIND_LABEL[item.kind])}
      </p>
      <dl className="ops-facts">
        <dt>{t('operations.clock.when')}</dt>
        <dd>
          {`${format.date(item.startsOn)}–${format.date(item.endsOn)}`}
          {item.recurring === 'yearly' && ` (${t('operations.clock.yearly')})`}
        </dd>
        {item.description && (
          <>
            <dt>{t('operations.input.description')}</dt>
            <dd>{item.description}</dd>
          </>
        )}
        {item.sectors.length > 0 && (
          <>
            <dt>{t('operations.input.sectors')}</dt>
            <dd>{sectorNames(item.sectors)}</dd>
          </>
        )}
        <dt>{t('operations.clock.owner')}</dt>
        <dd>{names.authority(item.ownerAuthority)}</dd>
        {item.authorities.length > 0 && (
          <>
            <dt>{t('operations.clock.concerns')}</dt>
            <dd>{item.authorities.map((code) => names.authority(code)).join(', ')}</dd>
          </>
        )}
        {item.source && (
          <>
            <dt>{t('operations.input.source')}</dt>
            <dd>{item.source}</dd>
          </>
        )}
      </dl>
      <div className="ops-actions">
        <AppLink href={withQuery(INITIATIVES_PATH, { clockItem: item.id })} className="ops-button-link">
          {t('operations.clock.startInitiative')}
        </AppLink>
        {me.roles.includes('operation_lead') && (
          <AppLink
            href={withQuery(OPERATIONS_PATH, { clockItem: item.id })}
            className="ops-button-link ops-button-link--secondary"
          >
            {t('operations.clock.startOperation')}
          </AppLink>
        )}
        {item.mayEdit && (
          <Button variant="secondaryNoBorder" onClick={() => void remove()}>
            {t('operations.clock.delete')}
          </Button>
        )}
      </div>
      {error !== null && <ErrorAlert error={error} />}
    </section>
  );
}
