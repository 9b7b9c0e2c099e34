/** Viranomaiset: every authority Silta knows, in the chosen language, the user's own first. */
import { useMemo } from 'react';
import { Paragraph } from 'suomifi-ui-components';
import { api } from '../../api/endpoints.ts';
import { useMe } from '../../app/session.tsx';
import { useApiData } from '../../app/useApiData.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useLocale, useT } from '../../i18n/I18nProvider.tsx';
import { INTL_LOCALES } from '../../i18n/locales.ts';
import { AuthorityCard } from './AuthorityCard.tsx';
import './authorities.css';

export function AuthoritiesPage() {
  const t = useT();
  const { locale } = useLocale();
  const me = useMe();
  const { data, error, loading, reload } = useApiData(api.authorities);

  const sorted = useMemo(() => {
    if (!data) return [];
    const collator = new Intl.Collator(INTL_LOCALES[locale]);
    return [...data].sort((a, b) => {
      if (a.code === me.authority.code) return -1;
      if (b.code === me.authority.code) return 1;
      return collator.compare(a.name[locale], b.name[locale]);
    });
  }, [data, locale, me.authority.code]);

  return (
    <>
      <PageHeading>{t('authorities.title')}</PageHeading>
      <Paragraph className="lead">{t('authorities.intro')}</Paragraph>
      {loading && <Loading />}
      {error !== null && <ErrorAlert error={error} onRetry={reload} />}
      {data && (
        <>
          <p className="result-count">{t('authorities.count', { count: data.length })}</p>
          <div className="authority-list">
            {sorted.map((authority) => (
              <AuthorityCard
                key={authority.code}
                authority={authority}
                own={authority.code === me.authority.code}
              />
            ))}
          </div>
        </>
      )}
    </>
  );
}
