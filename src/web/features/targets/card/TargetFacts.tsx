/** Everything the card says about the target itself, as a description list, by its type. */
import type { ReactNode } from 'react';
import { AppLink } from '../../../components/AppLink.tsx';
import { SectionHeading } from '../../../components/SectionHeading.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/I18nProvider.tsx';
import { ClassificationBadge } from '../../records/ClassificationBadge.tsx';
import type { Names } from '../../records/useRecordsConfig.ts';
import { codeLabel } from '../labels.ts';
import { targetPath } from '../targets.routes.ts';
import type { Company, Target } from '../targets.types.ts';

type Row = [label: string, value: ReactNode];

export function TargetFacts({
  target,
  company,
  names,
}: {
  target: Target;
  company: Company | null;
  names: Names;
}) {
  const t = useT();
  const format = useFormat();
  const none = t('targets.field.none');
  const text = (value: string | number | null | undefined) =>
    value === null || value === undefined || value === '' ? none : String(value);
  const address = (street: string | null, postal: string | null, municipality: string | null) =>
    [street, [postal, municipality].filter(Boolean).join(' ')].filter(Boolean).join(', ') || none;

  const rows: Row[] = [];
  if (target.type === 'company') {
    rows.push(
      [t('targets.field.businessId'), target.businessId],
      [t('targets.field.formerNames'), target.formerNames.length ? target.formerNames.join(', ') : none],
      [
        t('targets.field.auxiliaryNames'),
        target.auxiliaryNames.length ? target.auxiliaryNames.join(', ') : none,
      ],
      [t('targets.field.legalForm'), text(target.legalForm)],
      [t('targets.field.tol'), text(target.tolCode)],
      [t('targets.field.address'), address(target.streetAddress, target.postalCode, target.municipality)],
      [t('targets.field.status'), codeLabel(t, 'status', target.status)],
      [t('targets.field.foundedOn'), target.foundedOn ? format.date(target.foundedOn) : none],
      [t('targets.field.employees'), text(target.employeeCount)],
      [t('targets.field.foreignOwned'), target.foreignOwned ? t('targets.yes') : t('targets.no')],
    );
  } else if (target.type === 'worksite') {
    rows.push(
      [t('targets.field.siteType'), codeLabel(t, 'site', target.siteType)],
      [t('targets.field.address'), address(target.streetAddress, target.postalCode, target.municipality)],
      [
        t('targets.field.company'),
        company ? (
          <AppLink key="company" href={targetPath('company', company.id)}>
            {company.name}
          </AppLink>
        ) : (
          none
        ),
      ],
      [
        t('targets.field.coordinates'),
        target.lat !== null && target.lon !== null
          ? `${target.lat.toFixed(5)}, ${target.lon.toFixed(5)}`
          : none,
      ],
    );
  } else {
    rows.push(
      [
        t('targets.field.roles'),
        target.roles.length ? target.roles.map((r) => codeLabel(t, 'role', r)).join(', ') : none,
      ],
      [t('targets.field.nationality'), text(target.nationality)],
      [t('targets.field.languages'), target.languages.length ? target.languages.join(', ') : none],
      [t('targets.field.birthYear'), text(target.birthYear)],
      [t('targets.field.under18'), target.under18 ? t('targets.yes') : t('targets.no')],
    );
  }
  rows.push(
    [
      t('targets.field.classification'),
      <ClassificationBadge key="c" classification={target.classification} />,
    ],
    [t('targets.field.owner'), names.authorityLong(target.ownerAuthority)],
  );

  return (
    <section className="panel" aria-labelledby="target-facts-title">
      <SectionHeading id="target-facts-title" className="record-section-title">
        {t('targets.card.facts')}
      </SectionHeading>
      <dl className="record-dl">
        {rows.map(([label, value]) => (
          <div key={label} className="record-dl__row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
