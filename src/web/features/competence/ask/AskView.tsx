/**
 * `/competence/ask` — "Voinko kertoa tämän heille?": the official describes a disclosure and gets a
 * plain answer from the engine with the law behind it. The question is kept in the address, so the
 * answer can be shared as a link and a shared link answers at once.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { Paragraph } from 'suomifi-ui-components';
import { navigate } from '../../../app/router.ts';
import { useMe } from '../../../app/session.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { useLocale, useT } from '../../../i18n/I18nProvider.tsx';
import { competenceApi } from '../competence.api.ts';
import { COMPETENCE_PATH } from '../competence.routes.ts';
import type { CompetenceConfig, DisclosureDecision } from '../competence.types.ts';
import { namesFor } from '../names.ts';
import { headline } from '../shared/answer.ts';
import { ConfigGate } from '../shared/ConfigGate.tsx';
import { DecisionAnswer } from '../shared/DecisionAnswer.tsx';
import { jumpTo } from '../shared/jumpTo.ts';
import { AskForm } from './AskForm.tsx';
import { type AskQuery, askSearch, isComplete, parseAskQuery } from './askQuery.ts';
import { ShareLink } from './ShareLink.tsx';
import './ask.css';

/** The answer's heading: focused after asking, target of the "go to the answer" link. */
const ANSWER_ID = 'ask-answer';

/** Codes a link may carry that the configuration does not know are dropped, not sent. */
function known(config: CompetenceConfig, query: AskQuery): AskQuery {
  const authorities = new Set<string>(config.authorities.map((a) => a.code));
  const categories = new Set(config.categories.map((c) => c.code));
  const circumstances = new Set(config.circumstances.map((c) => c.code));
  return {
    ...query,
    from: authorities.has(query.from) ? query.from : '',
    to: authorities.has(query.to) && query.to !== query.from ? query.to : '',
    categories: query.categories.filter((code) => categories.has(code)),
    purpose: config.purposes.some((p) => p.code === query.purpose) ? query.purpose : '',
    confirmed: query.confirmed.filter((code) => circumstances.has(code)),
  };
}

function Ask({ config }: { config: CompetenceConfig }) {
  const t = useT();
  const { locale } = useLocale();
  const me = useMe();
  const names = namesFor(config, locale);
  const [query, setQuery] = useState<AskQuery>(() =>
    known(config, parseAskQuery(window.location.search, { from: me.authority.code })),
  );
  const [decision, setDecision] = useState<{ answer: DisclosureDecision; asked: AskQuery } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [asking, setAsking] = useState(false);
  const focusAnswer = useRef(false);
  const pending = useRef<AbortController | null>(null);

  const ask = useCallback(async (question: AskQuery, focus: boolean) => {
    pending.current?.abort();
    const controller = new AbortController();
    pending.current = controller;
    navigate(`${COMPETENCE_PATH}/ask?${askSearch(question)}`, { replace: true });
    setAsking(true);
    setError(null);
    try {
      const answer = await competenceApi.decide(
        {
          from: question.from,
          to: question.to,
          categories: question.categories,
          purpose: question.purpose,
          initiative: question.initiative,
          ...(question.confirmed.length > 0 ? { confirmed: question.confirmed } : {}),
        },
        controller.signal,
      );
      focusAnswer.current = focus;
      setDecision({ answer, asked: question });
    } catch (caught) {
      if (!controller.signal.aborted) setError(caught);
    } finally {
      if (pending.current === controller) setAsking(false);
    }
  }, []);

  // A shared link with a whole question answers at once.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the question the page opened with
  useEffect(() => {
    if (isComplete(query)) void ask(query, false);
    return () => pending.current?.abort();
  }, []);

  useEffect(() => {
    if (decision && focusAnswer.current) {
      focusAnswer.current = false;
      document.getElementById(ANSWER_ID)?.focus();
    }
  }, [decision]);

  const stale = decision !== null && askSearch(decision.asked) !== askSearch(query);

  return (
    <div className="ask-layout">
      {decision && (
        // On a phone the answer is below the form: this takes the official straight to it.
        <p className="ask-jump">
          <a href={`#${ANSWER_ID}`} onClick={jumpTo(ANSWER_ID)}>
            {t('competence.ask.jump', { answer: t(headline(decision.answer).text) })}
          </a>
        </p>
      )}
      <AskForm
        config={config}
        value={query}
        onChange={setQuery}
        onSubmit={() => void ask(query, true)}
        asking={asking}
      />
      <p className="visually-hidden" aria-live="polite">
        {asking ? t('competence.ask.asking') : decision ? t(headline(decision.answer).text) : ''}
      </p>
      <div className="ask-result">
        {error !== null && <ErrorAlert error={error} />}
        {!decision && error === null && (
          <p className="panel ask-placeholder">{t('competence.ask.placeholder')}</p>
        )}
        {decision && (
          <section className="panel ask-answer" aria-labelledby={ANSWER_ID}>
            {stale && <p className="ask-answer__stale">{t('competence.ask.stale')}</p>}
            <DecisionAnswer
              // Not keyed by the confirmed circumstances: ticking one keeps focus on its checkbox.
              key={askSearch({ ...decision.asked, confirmed: [] })}
              decision={decision.answer}
              config={config}
              names={names}
              headingId={ANSWER_ID}
              confirmed={decision.asked.confirmed}
              onConfirmedChange={(confirmed) => {
                const next = { ...decision.asked, confirmed };
                setQuery(next);
                void ask(next, false);
              }}
            />
            <ShareLink search={askSearch(decision.asked)} />
          </section>
        )}
      </div>
    </div>
  );
}

export function AskView() {
  const t = useT();
  return (
    <>
      <PageHeading>{t('competence.ask.title')}</PageHeading>
      <Paragraph className="lead">{t('competence.ask.intro')}</Paragraph>
      <ConfigGate>{(config) => <Ask config={config} />}</ConfigGate>
    </>
  );
}
