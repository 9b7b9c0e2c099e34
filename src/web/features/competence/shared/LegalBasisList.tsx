/**
 * The legal bases of a rule or decision: law name, number and section linking to the source, with
 * proposed / unverified markers, the date the provision applies from and the editors' note.
 */
// Pure text helpers (type-only imports): the links read the same as the engine's explanation.
import { billNumber, formatSection } from '../../../../server/modules/competence/explain.format.ts';
import { useFormat } from '../../../i18n/format.ts';
import { useLocale, useT } from '../../../i18n/I18nProvider.tsx';
import type { LegalBasis } from '../competence.types.ts';
import { SourceLink } from './SourceLink.tsx';
import { StatusBadges } from './StatusBadges.tsx';

/** `ulkomaalaislaki` → `Ulkomaalaislaki`: the name starts the line. */
function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** `Ulkomaalaislaki 301/2004 85 § 2 mom.`, `Aliens Act 301/2004 section 85(2)`; a bill is RP in Swedish. */
export function citation(basis: LegalBasis, locale: 'fi' | 'sv' | 'en'): string {
  const name = capitalised(basis.lawName[locale]);
  const number = billNumber(basis.lawNumber, locale);
  const law = name.includes(number) ? name : `${name} ${number}`;
  return `${law} ${formatSection(basis.section, locale)}`;
}

export function LegalBasisList({ bases, compact = false }: { bases: LegalBasis[]; compact?: boolean }) {
  const t = useT();
  const { locale } = useLocale();
  const format = useFormat();
  if (bases.length === 0) return null;
  return (
    <ul className={compact ? 'bases bases--compact' : 'bases'}>
      {bases.map((basis) => (
        <li key={`${basis.lawNumber} ${basis.section} ${basis.sourceUrl}`} className="bases__item">
          <SourceLink href={basis.sourceUrl}>{citation(basis, locale)}</SourceLink>{' '}
          <StatusBadges verified={basis.verified} status={basis.status} />
          {!compact && (basis.validFrom || basis.validTo || basis.amendedBy) && (
            <span className="bases__meta">
              {basis.validFrom && t('competence.basis.validFrom', { date: format.date(basis.validFrom) })}
              {basis.validTo && ` ${t('competence.basis.validTo', { date: format.date(basis.validTo) })}`}
              {basis.amendedBy && ` · ${t('competence.basis.amendedBy', { text: basis.amendedBy })}`}
            </span>
          )}
          {!compact && basis.note && <span className="bases__note">{basis.note[locale]}</span>}
        </li>
      ))}
    </ul>
  );
}
