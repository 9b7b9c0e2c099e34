/** The first rows of the uploaded file, as the file has them, so the user can tell the columns apart. */
import { ScrollRegion } from '../../../components/ScrollRegion.tsx';
import { useT } from '../../../i18n/I18nProvider.tsx';
import type { UploadedImport } from '../targets.types.ts';

const PREVIEW_ROWS = 5;

export function ImportPreview({ uploaded }: { uploaded: UploadedImport }) {
  const t = useT();
  // A preview row is known by its place in the file (the header is line 1).
  const rows = uploaded.preview.slice(0, PREVIEW_ROWS).map((cells, i) => ({ line: i + 2, cells }));
  return (
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
          {rows.map(({ line, cells }) => (
            <tr key={line}>
              {uploaded.columns.map((column, c) => (
                <td key={column}>{cells[c] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
