/**
 * `/competence/matrix`: for one data category, purpose and initiative, who may give it to whom — a
 * 13 × 13 table coloured and lettered by mode. The choices live in the query string so a view can be
 * shared; a cell opens its legal basis and explanation below the table.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { Dropdown, DropdownItem, Paragraph, RadioButton, RadioButtonGroup } from 'suomifi-ui-components';
import { navigate } from '../../../app/router.ts';
import { useMe } from '../../../app/session.tsx';
import { useApiData } from '../../../app/useApiData.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { useLocale, useT } from '../../../i18n/I18nProvider.tsx';
import { competenceApi } from '../competence.api.ts';
import { COMPETENCE_PATH } from '../competence.routes.ts';
import type { CompetenceConfig, Initiative, MatrixCell, MatrixQuery } from '../competence.types.ts';
import { namesFor } from '../names.ts';
import { CheckedNote } from '../shared/CheckedNote.tsx';
import { ConfigGate } from '../shared/ConfigGate.tsx';
import { CellDetail } from './CellDetail.tsx';
import { MatrixLegend } from './MatrixLegend.tsx';
import { cellKey, MatrixTable } from './MatrixTable.tsx';
import { matrixSearch, parseMatrixQuery } from './matrixQuery.ts';
import './matrix.css';

function MatrixExplorer({ config }: { config: CompetenceConfig }) {
  const t = useT();
  const { locale } = useLocale();
  const me = useMe();
  const names = namesFor(config, locale);
  const [query, setQuery] = useState<MatrixQuery>(() =>
    parseMatrixQuery(window.location.search, config, me.authority.code),
  );
  const [selected, setSelected] = useState<MatrixCell | null>(null);
  const lastCell = useRef<string | null>(null);

  useEffect(() => {
    navigate(`${COMPETENCE_PATH}/matrix?${matrixSearch(query)}`, { replace: true });
  }, [query]);
  const load = useCallback((signal: AbortSignal) => competenceApi.matrix(query, signal), [query]);
  const { data: matrix, error, reload } = useApiData(load);

  const update = (change: Partial<MatrixQuery>) => {
    setSelected(null);
    setQuery((previous) => ({ ...previous, ...change }));
  };

  const close = () => {
    setSelected(null);
    // Back to the cell the official came from.
    if (lastCell.current) {
      document.querySelector<HTMLButtonElement>(`[data-cell="${lastCell.current}"]`)?.focus();
    }
  };

  const caption = t('competence.matrix.caption', {
    category: names.category(query.category),
    purpose: names.purpose(query.purpose),
    initiative: t(
      query.initiative === 'own' ? 'competence.initiative.ownShort' : 'competence.initiative.requestShort',
    ),
  });

  return (
    <>
      <div className="matrix-controls">
        <div className="matrix-controls__field">
          <Dropdown
            labelText={t('competence.field.category')}
            value={query.category}
            onChange={(category) => update({ category })}
            fullWidth
          >
            {config.categories.map((category) => (
              <DropdownItem key={category.code} value={category.code}>
                {category.name[locale]}
              </DropdownItem>
            ))}
          </Dropdown>
        </div>
        <div className="matrix-controls__field">
          <Dropdown
            labelText={t('competence.field.purpose')}
            value={query.purpose}
            onChange={(purpose) => update({ purpose })}
            fullWidth
          >
            {config.purposes.map((purpose) => (
              <DropdownItem key={purpose.code} value={purpose.code}>
                {purpose.label[locale]}
              </DropdownItem>
            ))}
          </Dropdown>
        </div>
        <RadioButtonGroup
          labelText={t('competence.field.initiative')}
          name="matrix-initiative"
          value={query.initiative}
          onChange={(value) => update({ initiative: value as Initiative })}
          className="matrix-controls__initiative"
        >
          <RadioButton value="request">{t('competence.initiative.requestShort')}</RadioButton>
          <RadioButton value="own">{t('competence.initiative.ownShort')}</RadioButton>
        </RadioButtonGroup>
      </div>
      <MatrixLegend />
      {error !== null && <ErrorAlert error={error} onRetry={reload} />}
      {!matrix && error === null && <Loading />}
      {matrix && (
        <MatrixTable
          matrix={matrix}
          names={names}
          caption={caption}
          selected={selected}
          onSelect={(cell) => {
            lastCell.current = cellKey(cell);
            setSelected(cell);
          }}
        />
      )}
      {selected && (
        <CellDetail
          key={cellKey(selected)}
          cell={selected}
          query={query}
          config={config}
          names={names}
          onClose={close}
        />
      )}
      <CheckedNote config={config} />
    </>
  );
}

export function MatrixView() {
  const t = useT();
  return (
    <>
      <PageHeading>{t('competence.matrix.title')}</PageHeading>
      <Paragraph className="lead">{t('competence.matrix.intro')}</Paragraph>
      <ConfigGate>{(config) => <MatrixExplorer config={config} />}</ConfigGate>
    </>
  );
}
