/** One authority: names, competence in brief, sources as links, and when it was last checked. */
import { ExternalLink, Heading, Paragraph, StaticChip } from 'suomifi-ui-components';
import type { Authority } from '../../api/types.ts';
import { SectionHeading } from '../../components/SectionHeading.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useLocale, useT } from '../../i18n/I18nProvider.tsx';

/** `https://finlex.fi/fi/laki/...` → `finlex.fi/fi/laki/...`: readable, still unambiguous. */
function sourceLabel(url: string): string {
  return url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');
}

export function AuthorityCard({ authority, own }: { authority: Authority; own: boolean }) {
  const t = useT();
  const { locale } = useLocale();
  const format = useFormat();
  const headingId = `authority-${authority.code}`;
  const hintId = `authority-${authority.code}-unverified`;

  return (
    <article
      className={own ? 'panel authority authority--own' : 'panel authority'}
      aria-labelledby={headingId}
    >
      <div className="authority__head">
        <SectionHeading id={headingId} className="authority__name">
          {authority.name[locale]}
        </SectionHeading>
        <div className="authority__chips">
          {own && <StaticChip className="chip chip--own">{t('authorities.yours')}</StaticChip>}
          {!authority.verified && (
            <StaticChip className="chip chip--unverified" aria-describedby={hintId}>
              {t('authorities.unverified')}
            </StaticChip>
          )}
        </div>
      </div>
      {authority.shortName[locale] !== authority.name[locale] && (
        <p className="authority__short">{authority.shortName[locale]}</p>
      )}
      <Paragraph className="authority__description">{authority.description[locale]}</Paragraph>
      {!authority.verified && (
        <p id={hintId} className="authority__warning">
          {t('authorities.unverifiedHint')}
        </p>
      )}
      {authority.sources.length > 0 && (
        <div className="authority__sources">
          <Heading variant="h5" as="h3" className="authority__sources-heading">
            {t('authorities.sources')}
          </Heading>
          <ul>
            {authority.sources.map((url) => (
              <li key={url}>
                <ExternalLink href={url} toNewWindow={false} hideIcon>
                  {sourceLabel(url)}
                </ExternalLink>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className="authority__checked">
        {t('authorities.checkedOn', { date: format.date(authority.checkedOn) })}
      </p>
    </article>
  );
}
