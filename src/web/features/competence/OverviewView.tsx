/** `/competence`: what the map answers, one card per tool, and a shortcut to the user's own authority. */
import { Paragraph } from 'suomifi-ui-components';
import { useMe } from '../../app/session.tsx';
import { AppLink } from '../../components/AppLink.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { SectionHeading } from '../../components/SectionHeading.tsx';
import { useLocale, useT } from '../../i18n/I18nProvider.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { authorityPath, COMPETENCE_PATH } from './competence.routes.ts';

interface Tool {
  id: string;
  path: string;
  title: MessageKey;
  body: MessageKey;
}

/** In the order of the tabs. */
const TOOLS: Tool[] = [
  {
    id: 'authorities',
    path: `${COMPETENCE_PATH}/authorities`,
    title: 'competence.tab.authorities',
    body: 'competence.overview.authorities',
  },
  { id: 'ask', path: `${COMPETENCE_PATH}/ask`, title: 'competence.tab.ask', body: 'competence.overview.ask' },
  {
    id: 'matrix',
    path: `${COMPETENCE_PATH}/matrix`,
    title: 'competence.tab.matrix',
    body: 'competence.overview.matrix',
  },
  {
    id: 'participants',
    path: `${COMPETENCE_PATH}/participants`,
    title: 'competence.tab.participants',
    body: 'competence.overview.participants',
  },
];

export function OverviewView() {
  const t = useT();
  const { locale } = useLocale();
  const me = useMe();
  return (
    <>
      <PageHeading>{t('competence.title')}</PageHeading>
      <Paragraph className="lead">{t('competence.intro')}</Paragraph>
      <div className="competence-tools">
        {TOOLS.map((tool) => (
          <section key={tool.id} className="panel competence-tool" aria-labelledby={`tool-${tool.id}`}>
            <SectionHeading id={`tool-${tool.id}`} className="panel__heading">
              {t(tool.title)}
            </SectionHeading>
            <Paragraph className="competence-tool__body">{t(tool.body)}</Paragraph>
            <AppLink href={tool.path} className="competence-tool__link">
              {t('competence.overview.open', { tool: t(tool.title) })}
            </AppLink>
          </section>
        ))}
      </div>
      <Paragraph>
        <AppLink href={authorityPath(me.authority.code)}>
          {t('competence.overview.own', { authority: me.authority.name[locale] })}
        </AppLink>
      </Paragraph>
    </>
  );
}
