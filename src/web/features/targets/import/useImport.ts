/**
 * The import's state and steps: upload a file, edit the column mapping, validate, run — and, while
 * the run goes on, poll the server for the job. One action at a time; its failure is kept to show.
 */
import { type FormEvent, useEffect, useState } from 'react';
import { targetsApi } from '../targets.api.ts';
import type { ImportJob, ImportKind, ImportMode, UploadedImport } from '../targets.types.ts';
import { cleanMapping, unmappedRequired } from './importState.ts';

export type ImportClassification = 'public' | 'restricted' | 'secret';

const POLL_MS = 500;

/** Polls the job while it runs, until it ends or the page goes away. */
function usePollRunningJob(
  job: ImportJob | null,
  setJob: (job: ImportJob) => void,
  setError: (error: unknown) => void,
) {
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
  }, [running, job, setJob, setError]);
  return running;
}

export function useImport() {
  const [kind, setKind] = useState<ImportKind>('companies');
  const [file, setFile] = useState<File | null>(null);
  const [uploaded, setUploaded] = useState<UploadedImport | null>(null);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [classification, setClassification] = useState<ImportClassification>('restricted');
  const [secrecyBasis, setSecrecyBasis] = useState('');
  const [categories, setCategories] = useState<string[]>([]);
  const [job, setJob] = useState<ImportJob | null>(null);
  const [mode, setMode] = useState<ImportMode>('all_or_nothing');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const running = usePollRunningJob(job, setJob, setError);

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
  const chooseKind = (next: ImportKind) => {
    setKind(next);
    startOver();
  };
  const mapField = (field: string, column: string) =>
    setMapping((previous) => ({ ...previous, [field]: column }));
  const toggleCategory = (code: string, checked: boolean) =>
    setCategories((previous) => (checked ? [...previous, code] : previous.filter((c) => c !== code)));

  return {
    kind,
    chooseKind,
    file,
    setFile,
    uploaded,
    mapping,
    mapField,
    missing,
    observation: {
      classification,
      setClassification,
      secrecyBasis,
      setSecrecyBasis,
      categories,
      toggleCategory,
    },
    job,
    mode,
    setMode,
    busy,
    running,
    error,
    upload,
    validate,
    run,
    startOver,
  };
}

export type ObservationOptions = ReturnType<typeof useImport>['observation'];
