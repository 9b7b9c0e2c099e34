/**
 * Plain-language explanations of disclosure decisions in Finnish, Swedish and English: two to four
 * sentences that tell an official what they may or must do, under which law and section, and what is
 * only proposed. Written per language (not translated word for word), using the official Finnish
 * terms: pyynnöstä, oma-aloitteisesti, ilmoitusvelvollisuus, salassapitosäännösten estämättä.
 */
import type { LocalizedText, UiLocale } from '../../../contracts/languages.ts';
import type { DisclosureRule } from './competence.schemas.ts';
import type { CategoryOutcome, ResolvedRequest } from './engine.category.ts';
import { type ConfigIndex, circumstanceLabels } from './engine.match.ts';
import { billNumber, each, formatBases, joinList, quotedList } from './explain.format.ts';
import { nameForms, recipientIn } from './explain.names.ts';
import { CHECK, S, type Template, type Words } from './explain.sentences.ts';

/** What an explanation is built from. */
export interface ExplainInput {
  index: ConfigIndex;
  req: ResolvedRequest;
  outcomes: CategoryOutcome[];
  unverified: boolean;
  hasConditions: boolean;
}

function words(
  input: ExplainInput,
  outcomes: CategoryOutcome[],
  rules: DisclosureRule[],
  locale: UiLocale,
): Words {
  const { index, req } = input;
  const from = nameForms(req.from, index.authorities.get(req.from));
  const to = nameForms(req.to, index.authorities.get(req.to));
  return {
    from: from[locale],
    to: recipientIn(to, locale),
    toSubject: to[locale],
    cats: quotedList(
      outcomes.map((o) => o.category.name),
      locale,
    ),
    bases: formatBases(
      rules.flatMap((r) => r.legalBasis),
      locale,
    ),
    purpose: index.purposes.get(req.purpose)?.label[locale] ?? req.purpose,
  };
}

/** One sentence for the outcomes of one kind, or none when there are no such outcomes. */
function sentence(
  input: ExplainInput,
  template: Template,
  outcomes: CategoryOutcome[],
): LocalizedText | undefined {
  if (outcomes.length === 0) return undefined;
  const rules = outcomes.flatMap((o) => o.rules);
  return each((locale) => template[locale](words(input, outcomes, rules, locale)));
}

function proposals(rules: DisclosureRule[]): LocalizedText | undefined {
  const numbers = [
    ...new Set(
      rules.flatMap((r) => r.legalBasis.filter((b) => b.status === 'proposed').map((b) => b.lawNumber)),
    ),
  ];
  if (numbers.length === 0) return undefined;
  const list = (locale: UiLocale) =>
    joinList(
      numbers.map((n) => billNumber(n, locale)),
      locale,
    );
  const many = numbers.length > 1;
  return {
    fi: many
      ? `Hallituksen esitykset ${list('fi')} laajentaisivat luovutusoikeutta, mutta ne eivät ole voimassa olevaa lakia eivätkä oikeuta luovutukseen.`
      : `Hallituksen esitys ${list('fi')} laajentaisi luovutusoikeutta, mutta se ei ole voimassa olevaa lakia eikä oikeuta luovutukseen.`,
    sv: `${many ? 'Regeringens propositioner' : 'Regeringens proposition'} ${list('sv')} skulle utvidga rätten, men ${many ? 'de' : 'den'} är inte gällande lag och ger ingen rätt att lämna ut uppgifterna.`,
    en: `${many ? 'Government proposals' : 'Government proposal'} ${list('en')} would allow this, but ${many ? 'they are' : 'it is'} not law and ${many ? 'give' : 'gives'} no right to disclose.`,
  };
}

function conditionalSentence(input: ExplainInput, rules: DisclosureRule[]): LocalizedText | undefined {
  if (rules.length === 0) return undefined;
  const labels = circumstanceLabels(
    input.index,
    rules.flatMap((r) => r.requires),
  );
  const bases = (locale: UiLocale) =>
    formatBases(
      rules.flatMap((r) => r.legalBasis),
      locale,
    );
  const requires = (locale: UiLocale) =>
    joinList(
      labels.map((l) => l[locale]),
      locale,
    );
  return {
    fi: `Poikkeus: ${bases('fi')} sallii luovutuksen, jos vahvistat, että ${requires('fi')}.`,
    sv: `Undantag: ${bases('sv')} tillåter utlämnandet om du bekräftar att ${requires('sv')}.`,
    en: `Exception: ${bases('en')} allows it if you confirm that ${requires('en')}.`,
  };
}

const join = (parts: (LocalizedText | undefined)[]): LocalizedText => {
  const present = parts.filter((p): p is LocalizedText => p !== undefined);
  return each((locale) => present.map((p) => p[locale]).join(' '));
};

const ofKind = (outcomes: CategoryOutcome[], ...kinds: CategoryOutcome['kind'][]) =>
  outcomes.filter((o) => kinds.includes(o.kind));
const ofMode = (outcomes: CategoryOutcome[], mode: string) =>
  outcomes.filter((o) => o.kind === 'allowed' && o.mode === mode);

/** The decision-level explanation; see the file header. */
export function explainDecision(input: ExplainInput): LocalizedText {
  const { outcomes } = input;
  if (outcomes.every((o) => o.kind === 'own_authority'))
    return sentence(input, S.ownAuthority, outcomes) as LocalizedText;
  const allowing = ofKind(outcomes, 'allowed');
  if (outcomes.every((o) => o.allowed)) {
    const check =
      input.hasConditions || input.unverified ? CHECK[input.unverified ? 'unverified' : 'plain'] : undefined;
    return join([
      sentence(input, S.duty, ofMode(outcomes, 'duty_to_notify')),
      sentence(input, S.own, ofMode(outcomes, 'own_initiative')),
      sentence(input, S.request, ofMode(outcomes, 'on_request')),
      sentence(input, S.public, ofKind(outcomes, 'public')),
      allowing.length > 0 ? sentence(input, S.basis, allowing) : undefined,
      check,
    ]);
  }
  const denied = outcomes.filter((o) => !o.allowed);
  const noRule = ofKind(denied, 'no_rule');
  const notes = ofKind(denied, 'banned').flatMap((o) =>
    o.rules.flatMap((r) => (r.sourceNote ? [r.sourceNote] : [])),
  );
  return join([
    denied.length < outcomes.length ? each((l) => S.mixed[l]()) : undefined,
    sentence(input, S.banned, ofKind(denied, 'banned')),
    notes[0],
    sentence(input, S.requestOnly, ofKind(denied, 'request_only')),
    sentence(input, S.noRule, noRule),
    noRule.length > 0 ? each((l) => S.section29[l]()) : undefined,
    conditionalSentence(
      input,
      denied.flatMap((o) => o.conditional),
    ),
    proposals(denied.flatMap((o) => o.proposed)),
    denied.length < outcomes.length
      ? sentence(
          input,
          S.partial,
          outcomes.filter((o) => o.allowed),
        )
      : undefined,
  ]);
}
