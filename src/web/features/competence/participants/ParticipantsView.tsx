/**
 * `/competence/participants` — "Keiden pitäisi olla mukana?": for a planned joint supervision, the
 * authorities whose competence covers the chosen issues, ranked, each with why and which powers. The
 * issues and sectors are kept in the address; the free-text goal is not (it may name a target).
 */
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Button, Checkbox, CheckboxGroup, Paragraph, Textarea } from 'suomifi-ui-components';
import { navigate } from '../../../app/router.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { useLocale, useT } from '../../../i18n/I18nProvider.tsx';
import { competenceApi } from '../competence.api.ts';
import { COMPETENCE_PATH } from '../competence.routes.ts';
import type { CompetenceConfig, IssueArea, ParticipantSeat } from '../competence.types.ts';
import { ISSUE_AREA_CODES, ISSUE_LABEL, SECTOR_LABEL } from '../issues.ts';
import { ConfigGate } from '../shared/ConfigGate.tsx';
import { SeatList } from './SeatList.tsx';
import './participants.css';

function listParam(params: URLSearchParams, name: string): string[] {
  return (params.get(name) ?? '').split(',').filter(Boolean);
}

function Planner({ config }: { config: CompetenceConfig }) {
  const t = useT();
  const { locale } = useLocale();
  const sectors = [...new Set(config.competences.flatMap((c) => c.sectors))].sort();
  const initial = new URLSearchParams(window.location.search);
  const [goal, setGoal] = useState('');
  const [issues, setIssues] = useState<IssueArea[]>(() =>
    listParam(initial, 'issues').filter((a): a is IssueArea => (ISSUE_AREA_CODES as string[]).includes(a)),
  );
  const [chosenSectors, setChosenSectors] = useState<string[]>(() =>
    listParam(initial, 'sectors').filter((s) => sectors.includes(s)),
  );
  const [seats, setSeats] = useState<{ list: ParticipantSeat[]; issues: IssueArea[]; goal: string } | null>(
    null,
  );
  const [error, setError] = useState<unknown>(null);
  const [needIssues, setNeedIssues] = useState(false);
  const [busy, setBusy] = useState(false);
  const focusResult = useRef(false);

  async function find(areas: IssueArea[], inSectors: string[], focus: boolean) {
    const params = new URLSearchParams({ issues: areas.join(',') });
    if (inSectors.length > 0) params.set('sectors', inSectors.join(','));
    navigate(`${COMPETENCE_PATH}/participants?${params.toString().replace(/%2C/g, ',')}`, { replace: true });
    setBusy(true);
    setError(null);
    try {
      const list = await competenceApi.participants({
        issueAreas: areas,
        ...(inSectors.length > 0 ? { sectors: inSectors } : {}),
      });
      focusResult.current = focus;
      setSeats({ list, issues: areas, goal: goal.trim() });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: only the issues the page opened with
  useEffect(() => {
    if (issues.length > 0) void find(issues, chosenSectors, false);
  }, []);

  useEffect(() => {
    if (seats && focusResult.current) {
      focusResult.current = false;
      document.getElementById('participants-result')?.focus();
    }
  }, [seats]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNeedIssues(issues.length === 0);
    if (issues.length > 0) void find(issues, chosenSectors, true);
  }

  const toggle = <T extends string>(list: T[], item: T, on: boolean): T[] =>
    on ? [...list, item] : list.filter((x) => x !== item);

  return (
    <>
      <form
        className="panel participants-form"
        onSubmit={submit}
        noValidate
        aria-label={t('competence.participants.formLabel')}
      >
        <Textarea
          labelText={t('competence.participants.goal')}
          hintText={t('competence.participants.goalHint')}
          optionalText={t('competence.optional')}
          value={goal}
          onChange={(event) => setGoal(event.target.value)}
          fullWidth
          resize="vertical"
        />
        <CheckboxGroup
          labelText={t('competence.participants.issues')}
          groupStatus={needIssues ? 'error' : 'default'}
          groupStatusText={needIssues ? t('competence.participants.needIssues') : undefined}
          className="participants-form__issues"
        >
          {ISSUE_AREA_CODES.map((area) => (
            <Checkbox
              key={area}
              value={area}
              checked={issues.includes(area)}
              onClick={({ checkboxState }) => {
                setNeedIssues(false);
                setIssues((list) => toggle(list, area, checkboxState));
              }}
            >
              {t(ISSUE_LABEL[area])}
            </Checkbox>
          ))}
        </CheckboxGroup>
        {sectors.length > 0 && (
          <CheckboxGroup
            labelText={t('competence.participants.sectors')}
            groupHintText={t('competence.participants.sectorsHint')}
            optionalText={t('competence.optional')}
          >
            {sectors.map((sector) => {
              const key = SECTOR_LABEL[sector];
              return (
                <Checkbox
                  key={sector}
                  value={sector}
                  checked={chosenSectors.includes(sector)}
                  onClick={({ checkboxState }) =>
                    setChosenSectors((list) => toggle(list, sector, checkboxState))
                  }
                >
                  {key ? t(key) : sector}
                </Checkbox>
              );
            })}
          </CheckboxGroup>
        )}
        {busy ? (
          <Button type="submit" loading ariaLoadingText={t('competence.participants.finding')}>
            {t('competence.participants.finding')}
          </Button>
        ) : (
          <Button type="submit">{t('competence.participants.submit')}</Button>
        )}
      </form>
      {error !== null && <ErrorAlert error={error} />}
      {seats && <SeatList seats={seats.list} issues={seats.issues} goal={seats.goal} locale={locale} />}
    </>
  );
}

export function ParticipantsView() {
  const t = useT();
  return (
    <>
      <PageHeading>{t('competence.participants.title')}</PageHeading>
      <Paragraph className="lead">{t('competence.participants.intro')}</Paragraph>
      <ConfigGate>{(config) => <Planner config={config} />}</ConfigGate>
    </>
  );
}
