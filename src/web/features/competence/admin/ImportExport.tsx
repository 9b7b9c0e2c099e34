/**
 * The whole configuration as one JSON file: download it, or upload one to replace it. An upload is
 * validated as a whole on the server; a refused one lists every problem with its path.
 */
import { type ChangeEvent, useState } from 'react';
import { Button, IconDownload, InlineAlert, TextInput } from 'suomifi-ui-components';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useT } from '../../../i18n/I18nProvider.tsx';
import { competenceApi } from '../competence.api.ts';
import type { ConfigProblem, ImportResult } from '../competence.types.ts';
import { ProblemList } from './ProblemList.tsx';
import { problemsOf } from './problems.ts';

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ImportExport({ onImported }: { onImported: () => void }) {
  const t = useT();
  const [error, setError] = useState<unknown>(null);
  const [problems, setProblems] = useState<ConfigProblem[] | null>(null);
  const [done, setDone] = useState<ImportResult | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);

  async function exportConfig() {
    setError(null);
    try {
      const config = await competenceApi.exportConfig();
      const day = new Date().toISOString().slice(0, 10);
      download(`silta-competence-${day}.json`, `${JSON.stringify(config, null, 2)}\n`);
    } catch (caught) {
      setError(caught);
    }
  }

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setError(null);
    setProblems(null);
    setDone(null);
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch (caught) {
      setProblems([{ path: file.name, message: caught instanceof Error ? caught.message : String(caught) }]);
      return;
    }
    setBusy(true);
    try {
      const result = await competenceApi.importConfig(parsed, note.trim());
      setDone(result);
      setNote('');
      if (result.changed) onImported();
    } catch (caught) {
      const list = problemsOf(caught);
      if (list) setProblems(list);
      else setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel import-export" aria-labelledby="import-export-heading">
      <h2 id="import-export-heading" className="competence-h2">
        {t('competence.admin.importExport')}
      </h2>
      <p>{t('competence.admin.importExportIntro')}</p>
      <div className="import-export__actions">
        <Button variant="secondary" icon={<IconDownload />} onClick={() => void exportConfig()}>
          {t('competence.admin.export')}
        </Button>
        <TextInput
          labelText={t('competence.admin.importNote')}
          optionalText={t('competence.optional')}
          value={note}
          onChange={(value) => setNote(String(value ?? ''))}
          fullWidth
        />
        <div className="file-field">
          <label htmlFor="competence-import" className="file-field__label">
            {t('competence.admin.import')}
          </label>
          <span id="competence-import-hint" className="file-field__hint">
            {t('competence.admin.importHint')}
          </span>
          <input
            id="competence-import"
            type="file"
            accept="application/json,.json"
            aria-describedby="competence-import-hint"
            disabled={busy}
            onChange={(event) => void importFile(event)}
          />
        </div>
      </div>
      <div aria-live="polite">
        {done && (
          <InlineAlert status="neutral">
            {done.changed
              ? t('competence.admin.imported', done.counts)
              : t('competence.admin.importUnchanged')}
          </InlineAlert>
        )}
      </div>
      {problems && <ProblemList problems={problems} id="import-problems" />}
      {error !== null && <ErrorAlert error={error} />}
    </section>
  );
}
