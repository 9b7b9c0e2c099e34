/**
 * Linkit: the targets linked to this one that the user may see — a company's worksites and people
 * (employment, ownership, board), a person's companies — each linking to its own card.
 */
import { Paragraph } from 'suomifi-ui-components';
import { AppLink } from '../../../components/AppLink.tsx';
import { SectionHeading } from '../../../components/SectionHeading.tsx';
import { useT } from '../../../i18n/I18nProvider.tsx';
import { codeLabel, targetName } from '../labels.ts';
import { targetPath } from '../targets.routes.ts';
import type { TargetCard } from '../targets.types.ts';

export function TargetLinks({ card }: { card: TargetCard }) {
  const t = useT();
  const { target, links } = card;
  if (target.type === 'worksite') return null;
  const empty =
    target.type === 'company'
      ? links.worksites.length === 0 && links.people.length === 0
      : links.companies.length === 0;

  return (
    <section className="panel" aria-labelledby="target-links-title">
      <SectionHeading id="target-links-title" className="record-section-title">
        {t('targets.card.links')}
      </SectionHeading>
      {empty && <Paragraph>{t('targets.card.noLinks')}</Paragraph>}
      {links.worksites.length > 0 && (
        <>
          <h3 className="target-links__title">{t('targets.card.worksites')}</h3>
          <ul className="target-links">
            {links.worksites.map((site) => (
              <li key={site.id}>
                <AppLink href={targetPath('worksite', site.id)}>{site.name}</AppLink>
                <span className="target-links__meta">
                  {[codeLabel(t, 'site', site.siteType), site.streetAddress, site.municipality]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {links.people.length > 0 && (
        <>
          <h3 className="target-links__title">{t('targets.card.people')}</h3>
          <ul className="target-links">
            {links.people.map((link) => (
              <li key={`${link.person.id}:${link.role}`}>
                <AppLink href={targetPath('person', link.person.id)}>{targetName(link.person)}</AppLink>
                <span className="target-links__meta">
                  {[codeLabel(t, 'link', link.role), link.permitType].filter(Boolean).join(' · ')}
                </span>
                {link.person.under18 && <span className="minor-marker">{t('targets.person.under18')}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      {links.companies.length > 0 && (
        <>
          <h3 className="target-links__title">{t('targets.card.companies')}</h3>
          <ul className="target-links">
            {links.companies.map((link) => (
              <li key={`${link.company.id}:${link.role}`}>
                <AppLink href={targetPath('company', link.company.id)}>{link.company.name}</AppLink>
                <span className="target-links__meta">
                  {[codeLabel(t, 'link', link.role), link.company.businessId].filter(Boolean).join(' · ')}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
