/**
 * Tuonti: import companies, worksites or observations from CSV or XLSX. Upload → map the file's
 * columns to fields (the server suggests) → the validation report (row, field, problem) → choose
 * all-or-nothing or skip-invalid → run, with a progress bar polled from the server until it ends.
 * Nothing is half-imported: the server writes every row in one transaction.
 */
import { type FormEvent, useEffect, useState } from 'react';
import {
  Button,
  Checkbox,
  CheckboxGroup,
  Dropdown,
  DropdownItem,
  InlineAlert,
  Paragraph,
  RadioButton,
  RadioButtonGroup,
  TextInput,
} from 'suomifi-ui-components';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { ScrollRegion } from '../../../components/ScrollRegion.tsx';
import { SectionHeading } from '../../../components/SectionHeading.tsx';
import { useLocale, useT } from '../../../i18n/I18nProvider.tsx';
import type { MessageKey } from '../../../i18n/messages.ts';
import { useRecordsConfig } from '../../records/useRecordsConfig.ts';
import { targetsApi } from '../targets.api.ts';
import type { ImportJob, ImportKind, ImportMode, UploadedImport } from '../targets.types.ts';
import { cleanMapping, progressPercent, readReport, unmappedRequired } from './importState.ts';

const KINDS: ImportKind[] = ['companies', 'worksites', 'observations'];
const KIND_TEXT: Record<ImportKind, MessageKey> = {
  companies: 'targets.import.kind.companies',
  worksites: 'targets.import.kind.worksites',
  observations: 'targets.import.kind.observations',
};
const FIELD_TEXT: Record<string, MessageKey> = {
  businessId: 'targets.field.businessId',
  name: 'targets.field.name',
  legalForm: 'targets.field.legalForm',
  tolCode: 'targets.field.tol',
  municipality: 'targets.field.municipality',
  streetAddress: 'targets.field.streetAddress',
  postalCode: 'targets.field.postalCode',
  status: 'targets.field.status',
  foundedOn: 'targets.field.foundedOn',
  employeeCount: 'targets.field.employees',
  companyBusinessId: 'targets.import.f.companyBusinessId',
  companyName: 'targets.import.f.companyName',
  siteType: 'targets.field.siteType',
  lat: 'targets.import.f.lat',
  lon: 'targets.import.f.lon',
  observedOn: 'targets.import.f.observedOn',
  title: 'targets.import.f.title',
  body: 'targets.import.f.body',
  categories: 'targets.import.f.categories',
};
const NOT_MAPPED = '-';
const POLL_MS = 500;

export function ImportView() {
  const t = useT();
  const { locale } = useLocale();
  const config = useRecordsConfig();
  const [kind, setKind] = useState<ImportKind>('companies');
  const [file, setFile] = useState<File | null>(null);
  const [uploaded, setUploaded] = useState<UploadedImport | null>(null);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [classification, setClassification] = useState<'public' | 'restricted' | 'secret'>('restricted');
  const [secrecyBasis, setSecrecyBasis] = useState('');
  const [categories, setCategories] = useState<string[]>([]);
  const [job, setJob] = useState<ImportJob | null>(null);
  const [mode, setMode] = useState<ImportMode>('all_or_nothing');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const running = job?.status === 'running';
  useEffect(() => {
    if (!running || !job) return;
    const controller = new AbortController();
    const timer = window.setInterval(() => {
      targetsApi.importStatus(job.id, controller.signal).then(setJob, (reason: unknown) => {
        if (!controller.signal.aborted) setError(reason);
      });
    }, POLL_MS);
    return () => {
      window.clearInterval(timer);
      controller.abort();
    };
  }, [running, job]);

  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (reason) {
      setError(reason);
    } finally {
      setBusy(false);
    }
  };

  const upload = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    void act(async () => {
      const answer = await targetsApi.upload(kind, file);
      setUploaded(answer);
      setMapping(answer.suggestedMapping);
      setJob(null);
    });
  };
  const missing = uploaded ? unmappedRequired(uploaded.fields, cleanMapping(mapping)) : [];
  const validate = () =>
    void act(async () => {
      if (!uploaded) return;
      setJob(
        await targetsApi.validateImport(uploaded.id, {
          mapping: cleanMapping(mapping),
          ...(kind === 'observations'
            ? {
                classification,
                ...(classification !== 'public' && secrecyBasis.trim()
                  ? { secrecyBasis: secrecyBasis.trim() }
                  : {}),
                ...(categories.length ? { categories } : {}),
              }
            : {}),
        }),
      );
    });
  const run = () =>
    void act(async () => {
      if (job) setJob(await targetsApi.runImport(job.id, mode));
    });
  const startOver = () => {
    setUploaded(null);
    setJob(null);
    setFile(null);
    setError(null);
  };

  const report = job ? readReport(job) : null;
  const percent = job ? progressPercent(job) : 0;
  const fieldLabel = (key: string) => {
    const label = FIELD_TEXT[key];
    return label ? t(label) : key;
  };

  return (
    <>
      <PageHeading>{t('targets.import.title')}</PageHeading>
      <Paragraph className="lead">{t('targets.import.intro')}</Paragraph>

      <form className="panel record-form" onSubmit={upload} aria-labelledby="import-file-title">
        <SectionHeading id="import-file-title" className="record-section-title">
          {t('targets.import.step1')}
        </SectionHeading>
        <RadioButtonGroup
          name="import-kind"
          labelText={t('targets.import.kind')}
          value={kind}
          onChange={(value) => {
            setKind(value as ImportKind);
            startOver();
          }}
        >
          {KINDS.map((k) => (
            <RadioButton key={k} value={k}>
              {t(KIND_TEXT[k])}
            </RadioButton>
          ))}
        </RadioButtonGroup>
        <div className="import-file">
          <label htmlFor="import-file-input" className="import-file__label">
            {t('targets.import.file')}
          </label>
          <span id="import-file-hint" className="import-file__hint">
            {t('targets.import.fileHint')}
          </span>
          <input
            id="import-file-input"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby="import-file-hint"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </div>
        <div className="record-form__actions">
          <Button type="submit" disabled={!file || busy || running}>
            {t('targets.import.upload')}
          </Button>
        </div>
      </form>

      {uploaded && (
        <section className="panel record-form" aria-labelledby="import-map-title">
          <SectionHeading id="import-map-title" className="record-section-title">
            {t('targets.import.step2')}
          </SectionHeading>
          <Paragraph>
            {t('targets.import.found', {
              rows: uploaded.totalRows,
              columns: uploaded.columns.length,
              file: uploaded.fileName,
            })}
          </Paragraph>
          {uploaded.preview.length > 0 && (
            <ScrollRegion className="import-preview" aria-label={t('targets.import.preview')}>
              <table className="disclosures">
                <caption className="visually-hidden">{t('targets.import.preview')}</caption>
                <thead>
                  <tr>
                    {uploaded.columns.map((column) => (
                      <th key={column} scope="col">
                        {column}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {uploaded.preview.slice(0, 5).map((row, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: preview rows have no identity
                    <tr key={index}>
                      {uploaded.columns.map((column, c) => (
                        <td key={column}>{row[c] ?? ''}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          )}
          <div className="import-mapping">
            {uploaded.fields.map((field) => (
              <Dropdown
                key={field.key}
                labelText={fieldLabel(field.key)}
                hintText={field.required ? t('targets.import.required') : undefined}
                value={mapping[field.key] || NOT_MAPPED}
                onChange={(value) =>
                  setMapping((previous) => ({ ...previous, [field.key]: value === NOT_MAPPED ? '' : value }))
                }
              >
                {[
                  <DropdownItem key={NOT_MAPPED} value={NOT_MAPPED}>
                    {t('targets.import.notMapped')}
                  </DropdownItem>,
                  ...uploaded.columns.map((column) => (
                    <DropdownItem key={column} value={column}>
                      {column}
                    </DropdownItem>
                  )),
                ]}
              </Dropdown>
            ))}
          </div>
          {kind === 'observations' && (
            <>
              <RadioButtonGroup
                name="import-classification"
                labelText={t('targets.field.classification')}
                value={classification}
                onChange={(value) => setClassification(value as typeof classification)}
              >
                <RadioButton value="public">{t('records.classification.public')}</RadioButton>
                <RadioButton value="restricted">{t('records.classification.restricted')}</RadioButton>
                <RadioButton value="secret">{t('records.classification.secret')}</RadioButton>
              </RadioButtonGroup>
              {classification !== 'public' && (
                <TextInput
                  labelText={t('records.field.secrecyBasis')}
                  value={secrecyBasis}
                  onChange={(value) => setSecrecyBasis(String(value ?? ''))}
                  fullWidth
                />
              )}
              <CheckboxGroup
                labelText={t('targets.import.categories')}
                groupHintText={t('targets.import.categoriesHint')}
              >
                {(config.data?.categories ?? []).map((category) => (
                  <Checkbox
                    key={category.code}
                    checked={categories.includes(category.code)}
                    onClick={({ checkboxState }) =>
                      setCategories((previous) =>
                        checkboxState
                          ? [...previous, category.code]
                          : previous.filter((c) => c !== category.code),
                      )
                    }
                  >
                    {category.name[locale]}
                  </Checkbox>
                ))}
              </CheckboxGroup>
            </>
          )}
          {missing.length > 0 && (
            <InlineAlert status="warning">
              {t('targets.import.missing', { fields: missing.map(fieldLabel).join(', ') })}
            </InlineAlert>
          )}
          <div className="record-form__actions">
            <Button disabled={busy || running || missing.length > 0} onClick={validate}>
              {t('targets.import.validate')}
            </Button>
          </div>
        </section>
      )}

      {job && report && (
        <section className="panel record-form" aria-labelledby="import-report-title">
          <SectionHeading id="import-report-title" className="record-section-title">
            {t('targets.import.step3')}
          </SectionHeading>
          <p role="status">
            {t('targets.import.summary', {
              total: report.totalRows,
              valid: report.validRows,
              invalid: report.invalidRows,
              create: report.create,
              link: report.link,
            })}
          </p>
          {report.problems.length > 0 && (
            <div className="import-problems">
              <table className="disclosures">
                <caption>
                  {t('targets.import.problemsCaption', {
                    shown: report.problems.length,
                    count: report.problemCount,
                  })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('targets.import.col.row')}</th>
                    <th scope="col">{t('targets.import.col.field')}</th>
                    <th scope="col">{t('targets.import.col.problem')}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.problems.map((problem) => (
                    <tr key={`${problem.row}:${problem.field}:${problem.problem}`}>
                      <td>{problem.row}</td>
                      <td>{fieldLabel(problem.field)}</td>
                      <td>{problem.problem}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {job.status === 'validated' && (
            <>
              <RadioButtonGroup
                name="import-mode"
                labelText={t('targets.import.mode')}
                value={mode}
                onChange={(value) => setMode(value as ImportMode)}
              >
                <RadioButton value="all_or_nothing" hintText={t('targets.import.allOrNothingHint')}>
                  {t('targets.import.allOrNothing')}
                </RadioButton>
                <RadioButton value="skip_invalid" hintText={t('targets.import.skipInvalidHint')}>
                  {t('targets.import.skipInvalid')}
                </RadioButton>
              </RadioButtonGroup>
              <div className="record-form__actions">
                <Button disabled={busy} onClick={run}>
                  {t('targets.import.run')}
                </Button>
              </div>
            </>
          )}
          {(job.status === 'running' || job.status === 'done' || job.status === 'failed') && (
            <div className="import-progress">
              <label htmlFor="import-progress">{t('targets.import.progress')}</label>
              <progress
                id="import-progress"
                max={100}
                value={percent}
                aria-valuetext={t('targets.import.percent', { percent })}
              >
                {t('targets.import.percent', { percent })}
              </progress>
              <p aria-live="polite">
                {job.status === 'running'
                  ? t(job.phase === 'writing' ? 'targets.import.writing' : 'targets.import.checking', {
                      done: job.rowsDone,
                      total: job.totalRows,
                    })
                  : job.status === 'done'
                    ? t('targets.import.done', { count: job.totalRows })
                    : t('targets.import.failed', { error: job.error ?? '' })}
              </p>
            </div>
          )}
          {(job.status === 'done' || job.status === 'failed') && (
            <Button variant="secondary" onClick={startOver}>
              {t('targets.import.again')}
            </Button>
          )}
        </section>
      )}
      {error !== null && <ErrorAlert error={error} />}
    </>
  );
}
