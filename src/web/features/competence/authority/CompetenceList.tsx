/** An authority's competences grouped by kind (supervises, investigates, powers, …), each with its law. */
import { useLocale, useT } from '../../../i18n/I18nProvider.tsx';
import type { Competence } from '../competence.types.ts';
import { KIND_LABEL, SECTOR_LABEL } from '../issues.ts';
import { IssueChips } from '../shared/IssueChips.tsx';
import { LegalBasisList } from '../shared/LegalBasisList.tsx';
import { SourceLink } from '../shared/SourceLink.tsx';
import { StatusBadges } from '../shared/StatusBadges.tsx';

interface CompetenceListProps {
  groups: { kind: Competence['kind']; items: Competence[] }[];
}

export function CompetenceList({ groups }: CompetenceListProps) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <section className="panel" aria-labelledby="authority-competences">
      <h2 id="authority-competences" className="competence-h2">
        {t('competence.authority.competences')}
      </h2>
      {groups.length === 0 && <p>{t('competence.authority.noCompetences')}</p>}
      {groups.map((group) => (
        <div key={group.kind} className="competence-group">
          <h3 className="competence-h3">{t(KIND_LABEL[group.kind])}</h3>
          <ul className="competence-items">
            {group.items.map((item) => (
              <li key={item.id} className="competence-item">
                <p className="competence-item__title">
                  {item.title[locale]} <StatusBadges verified={item.verified} />
                </p>
                <p className="competence-item__description">{item.description[locale]}</p>
                <IssueChips areas={item.issueAreas} />
                {item.sectors.length > 0 && (
                  <p className="competence-item__sectors">
                    {t('competence.authority.sectors', {
                      sectors: item.sectors
                        .map((sector) => {
                          const key = SECTOR_LABEL[sector];
                          return key ? t(key) : sector;
                        })
                        .join(', '),
                    })}
                  </p>
                )}
                <LegalBasisList bases={item.legalBasis} />
                {item.sources.length > 0 && (
                  <ul className="bases bases--compact">
                    {item.sources.map((url) => (
                      <li key={url}>
                        <SourceLink href={url}>{url.replace(/^https?:\/\/(www\.)?/, '')}</SourceLink>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
