/**
 * A new plan draft pre-filled from what the operation already knows: the goal, the planning meeting's
 * decisions, the participants (contacts, resources, what each supervises) and the competence map —
 * each participant's competences with their legal bases, and what it may disclose to each other
 * participant, decided by the engine (decideDisclosureNow) exactly as a real disclosure would be.
 * Targets get their stored action plan, and interpretation languages suggested from the workers the
 * lead may see. The lead edits everything before saving; nothing here is stored until then.
 */
import { asc, eq } from 'drizzle-orm';
import type { AuthorityCode } from '../../../contracts/authorities.ts';
import type { LocalizedText, UiLocale } from '../../../contracts/languages.ts';
import type { Db } from '../../platform/db/client.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import type { CompetenceConfig } from '../competence/competence.schemas.ts';
import { decideDisclosureNow, getCompetenceConfig } from '../competence/competence.service.ts';
import { formatBases } from '../competence/explain.format.ts';
import type { OperationAccess } from './operations.access.ts';
import { agendaItems } from './operations.tables.ts';
import { selectedTargets, targetFacts, workersOf } from './plan.cards.ts';
import { actionPlanKey, interpretationKey, type TSections, VISIT_ORDER_KEY } from './plan.schemas.ts';

/** The category an authority's operational information is (the plan's categories when it leads). */

/** A date (YYYY-MM-DD) as its readers write it: 1.7.2027 in Finnish and Swedish, 1 July 2027 in English. */
function localDate(iso: string, locale: UiLocale): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  if (locale !== 'en') return `${d}.${m}.${y}`;
  const month = new Date(Date.UTC(y, m - 1, d)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  return `${d} ${month} ${y}`;
}

export const PRIMARY_CATEGORY: Partial<Record<AuthorityCode, string>> = {
  police: 'police_information',
  nbi: 'police_information',
  osh: 'osh_inspection_findings',
  tax: 'tax_information',
  geiu: 'compliance_report',
  migri: 'residence_permit_data',
  border: 'border_guard_information',
  customs: 'customs_information',
  enforcement: 'enforcement_data',
  etk: 'pension_insurance_data',
  nas: 'victim_assistance_client_data',
};

/** The purpose a participant receives the plan for: its own supervision or task (a competence-map code). */
export const PURPOSE_OF: Record<AuthorityCode, string> = {
  police: 'crime_prevention',
  nbi: 'crime_investigation',
  border: 'crime_prevention',
  customs: 'crime_prevention',
  osh: 'working_conditions_supervision',
  tax: 'tax_supervision',
  geiu: 'grey_economy_reporting',
  migri: 'foreign_labour_supervision',
  nas: 'victim_assistance',
  enforcement: 'enforcement',
  etk: 'pension_supervision',
  prosecution: 'crime_investigation',
  ombudsman: 'victim_protection',
};

type Texts = Record<string, LocalizedText>;
const T: Texts = {
  lead: {
    fi: 'Pääasiallisesti vastuussa oleva viranomainen',
    sv: 'Huvudansvarig myndighet',
    en: 'Lead authority',
  },
  roles: {
    fi: 'Muiden viranomaisten roolit',
    sv: 'Övriga myndigheters roller',
    en: 'Roles of the other authorities',
  },
  participants: { fi: 'Osallistujat', sv: 'Deltagare', en: 'Participants' },
  contact: { fi: 'yhteyshenkilö', sv: 'kontaktperson', en: 'contact' },
  resources: { fi: 'resurssit', sv: 'resurser', en: 'resources' },
  notGiven: { fi: '(ei kirjattu)', sv: '(inte antecknat)', en: '(not recorded)' },
  command: { fi: 'Johtamisjärjestelmä', sv: 'Ledningssystem', en: 'Command system' },
  comms: { fi: 'Viestintä', sv: 'Kommunikation', en: 'Communications' },
  time: { fi: 'Valvonta-aika', sv: 'Tillsynstid', en: 'Supervision time' },
  supervises: {
    fi: 'valvoo tarkastuskäynnillä',
    sv: 'övervakar vid inspektionsbesöket',
    en: 'supervises on the visit',
  },
  competence: { fi: 'Toimivalta', sv: 'Behörighet', en: 'Competence' },
  mayDisclose: {
    fi: 'Tietojen luovuttaminen',
    sv: 'Utlämnande av uppgifter',
    en: 'Disclosure of information',
  },
  production: {
    fi: 'Kunkin viranomaisen tuottamat tiedot',
    sv: 'Uppgifter som varje myndighet tar fram',
    en: 'Information each authority produces',
  },
  victims: {
    fi: 'Yhteys ihmiskaupan uhrien auttamisjärjestelmään ja rikosuhripäivystykseen',
    sv: 'Kontakt med hjälpsystemet för offer för människohandel och Brottsofferjouren',
    en: 'Contact with the assistance system for victims of trafficking and victim support',
  },
  to: { fi: 'vastaanottaja', sv: 'mottagare', en: 'to' },
  languages: { fi: 'Tarvittavat kielet', sv: 'Språk som behövs', en: 'Languages needed' },
  noLanguages: {
    fi: 'ei tiedossa (työntekijöiden kieliä ei ole näkyvissä)',
    sv: 'inte kända (arbetstagarnas språk syns inte)',
    en: 'not known (no workers’ languages visible)',
  },
  interpretationPractice: {
    fi: 'Tulkit varaa pääasiallisesti vastuussa oleva viranomainen ennen valvontapäivää. Tulkki on vaitiolovelvollinen eikä toimi kenenkään asianosaisen puolesta. Työnantajan edustajaa tai työtoveria ei käytetä tulkkina. Tulkkauksen kieli kirjataan kohteittain havaintoihin.',
    sv: 'Den huvudansvariga myndigheten bokar tolkar före tillsynsdagen. Tolken har tystnadsplikt och företräder ingen part. Arbetsgivarens representant eller en arbetskamrat används inte som tolk. Tolkningsspråket antecknas per objekt i iakttagelserna.',
    en: 'The lead authority books interpreters before the supervision day. The interpreter is bound by secrecy and acts for no party. Neither an employer’s representative nor a co-worker is used as an interpreter. The language interpreted is noted per target in the findings.',
  },
  safety: {
    fi: 'Jokaisen kohteen riskit arvioidaan ennen käyntiä poliisin turvallisuustietojen perusteella (tiedot tuottaa poliisi). Tarkastajat eivät mene kohteeseen yksin; poliisi menee ensin kohteisiin, joissa on väkivallan uhka. Koneet, kemikaalit ja putoamisvaara huomioidaan työmailla; suojavarusteet (kypärä, turvakengät, huomioliivi) ovat mukana. Yhteys johtoon pidetään koko käynnin ajan; keskeyttämisen peruste on tarkastajan turvallisuus.',
    sv: 'Riskerna vid varje objekt bedöms före besöket utifrån polisens säkerhetsuppgifter (polisen tar fram dem). Inspektörer går inte in ensamma; polisen går först till objekt där det finns hot om våld. Maskiner, kemikalier och fallrisk beaktas på arbetsplatser; skyddsutrustning (hjälm, skyddsskor, varselväst) medförs. Kontakten med ledningen hålls under hela besöket; inspektörens säkerhet är skäl att avbryta.',
    en: 'The risks at each target are assessed before the visit from police security information (produced by the police). Inspectors do not enter alone; the police go first where there is a threat of violence. Machinery, chemicals and fall hazards are taken into account on sites; protective equipment (helmet, safety shoes, high-visibility vest) is carried. Contact with command is kept throughout the visit; the inspector’s safety is a reason to stop.',
  },
  takeOver: {
    fi: 'Kohteen haltuunotto: {lead} saapuu ensin ja varmistaa kohteen; muut viranomaiset tulevat, kun kohde on turvallinen. Kukin viranomainen tarkastaa oman toimivaltansa asiat.',
    sv: 'Övertagande av objektet: {lead} kommer först och säkrar objektet; övriga myndigheter kommer när objektet är säkert. Varje myndighet granskar frågor inom sin egen behörighet.',
    en: 'Taking over the target: {lead} arrives first and secures the target; the other authorities follow once it is safe. Each authority inspects what lies within its own competence.',
  },
};

const MODE: Texts = {
  duty_to_notify: { fi: 'ilmoitusvelvollisuus', sv: 'anmälningsskyldighet', en: 'duty to notify' },
  own_initiative: { fi: 'oma-aloitteisesti', sv: 'på eget initiativ', en: 'on own initiative' },
  on_request: { fi: 'pyynnöstä', sv: 'på begäran', en: 'on request' },
  not_allowed: { fi: 'ei sallittu', sv: 'inte tillåtet', en: 'not allowed' },
  no_rule: { fi: 'ei perustetta', sv: 'ingen grund', en: 'no basis' },
  own_authority: { fi: 'sama viranomainen', sv: 'samma myndighet', en: 'same authority' },
  public: { fi: 'julkinen', sv: 'offentlig', en: 'public' },
};

const tr = (key: string, locale: UiLocale, vars: Record<string, string> = {}) =>
  Object.entries(vars).reduce((s, [k, v]) => s.replace(`{${k}}`, v), T[key]![locale]);

export function authorityName(config: CompetenceConfig, code: string, locale: UiLocale): string {
  return config.authorities.find((a) => a.code === code)?.name[locale] ?? code;
}

/**
 * The competences that say what an authority does on a visit (supervision and inspection powers). A
 * competence limited to sectors is listed only when the operation names one of them (driving times
 * belong in a road transport plan, not a berry farm's); with no sectors named, all are listed.
 */
function visitCompetences(config: CompetenceConfig, authority: string, sectors: readonly string[]) {
  return config.competences.filter(
    (c) =>
      c.authority === authority &&
      (c.kind === 'supervises' ||
        c.kind === 'inspection_power' ||
        c.kind === 'investigates' ||
        c.kind === 'assists') &&
      (sectors.length === 0 || c.sectors.length === 0 || c.sectors.some((s) => sectors.includes(s))),
  );
}

/** Pre-filled sections and per-target entries for a new draft (see the file header). */
export async function prefillPlan(
  db: Db,
  actor: Actor,
  access: OperationAccess,
  locale: UiLocale,
): Promise<{ sections: Record<string, string>; categories: string[] }> {
  const { operation } = access;
  const config = await getCompetenceConfig(db);
  const name = (code: string) => authorityName(config, code, locale);
  const agenda = await db
    .select()
    .from(agendaItems)
    .where(eq(agendaItems.operationId, operation.id))
    .orderBy(asc(agendaItems.position));
  const decision = (key: string) => agenda.find((a) => a.itemKey === key)?.decision.trim() ?? '';
  const seats = access.participants
    .filter((p) => p.status === 'invited' || p.status === 'accepted')
    .map((p) => ({
      authority: p.authority,
      lead: p.authority === operation.leadAuthority,
      contact: p.contact,
      resources: p.resources,
      supervises: p.supervises,
    }))
    .filter((p) => !p.lead);
  const leadSeat = access.participants.find((p) => p.authority === operation.leadAuthority);
  seats.unshift({
    authority: operation.leadAuthority,
    lead: true,
    contact: leadSeat?.contact ?? '',
    resources: leadSeat?.resources ?? '',
    supervises: leadSeat?.supervises ?? '',
  });
  seats.sort((a, b) => Number(b.lead) - Number(a.lead) || a.authority.localeCompare(b.authority));
  const line = (label: string, text: string) => (text ? `${label}: ${text}` : '');
  const paragraphs = (...parts: string[]) => parts.filter(Boolean).join('\n\n');

  const goal = decision('main_goal') || operation.goal;

  const participantsList = seats
    .map((p) => {
      const extras = [
        `${tr('contact', locale)}: ${p.contact.trim() || tr('notGiven', locale)}`,
        `${tr('resources', locale)}: ${p.resources.trim() || tr('notGiven', locale)}`,
      ];
      return `- ${name(p.authority)}${p.lead ? ` (${tr('lead', locale).toLowerCase()})` : ''} — ${extras.join('; ')}`;
    })
    .join('\n');
  const period = [operation.startsOn, operation.endsOn]
    .filter((d): d is string => Boolean(d))
    .map((d) => localDate(d, locale))
    .join(' – ');
  const organisation = paragraphs(
    `${tr('lead', locale)}: ${name(operation.leadAuthority)}${decision('lead_authority') ? `. ${decision('lead_authority')}` : ''}`,
    line(tr('roles', locale), decision('roles_of_others')),
    `${tr('participants', locale)}:\n${participantsList}`,
    line(tr('command', locale), decision('command_system')),
    line(tr('comms', locale), decision('communications')),
    line(tr('time', locale), [period, decision('supervision_time')].filter(Boolean).join('. ')),
  );

  // Responsibilities: what each supervises (meeting decision + competence map) and what it may disclose
  // to each other participant, decided by the engine as a real disclosure would be.
  const blocks: string[] = [];
  for (const p of seats) {
    const lines = [`${name(p.authority)}`];
    if (p.supervises.trim()) lines.push(`  ${tr('supervises', locale)}: ${p.supervises.trim()}`);
    for (const c of visitCompetences(config, p.authority, operation.sectors)) {
      const bases = formatBases(c.legalBasis, locale);
      lines.push(`  ${tr('competence', locale)}: ${c.title[locale]}${bases ? ` (${bases})` : ''}`);
    }
    const category = PRIMARY_CATEGORY[p.authority as AuthorityCode];
    if (category) {
      const categoryName = config.categories.find((c) => c.code === category)?.name[locale] ?? category;
      for (const q of seats) {
        if (q.authority === p.authority) continue;
        const answer = await decideDisclosureNow(db, {
          from: p.authority as AuthorityCode,
          to: q.authority as AuthorityCode,
          categories: [category],
          purpose: PURPOSE_OF[q.authority as AuthorityCode],
          initiative: 'request',
        });
        const bases = formatBases(answer.legalBases, locale);
        lines.push(
          `  ${tr('mayDisclose', locale)} (${tr('to', locale)} ${name(q.authority)}): ${categoryName} — ${MODE[answer.mode]?.[locale] ?? answer.mode}${answer.allowed && bases ? ` (${bases})` : ''}`,
        );
      }
    }
    blocks.push(lines.join('\n'));
  }
  const responsibilities = paragraphs(
    blocks.join('\n\n'),
    line(tr('production', locale), decision('information_production')),
    line(tr('victims', locale), decision('victim_assistance')),
  );

  const targets = await selectedTargets(db, operation.id);
  const facts = await targetFacts(db, actor, targets);
  const workers = await workersOf(
    db,
    actor,
    [...facts.values()].map((f) => f.companyId).filter((id): id is string => id !== null),
  );
  const sections: Record<string, string> = {};
  const allLanguages = new Set<string>();
  for (const t of targets) {
    const companyId = facts.get(t.id)?.companyId;
    const suggested = companyId ? (workers.get(companyId)?.languages ?? []).map(([l]) => l) : [];
    const languages = t.interpretation.length ? t.interpretation : suggested;
    for (const l of languages) allLanguages.add(l);
    sections[interpretationKey(t.id)] = languages.join(',');
    sections[actionPlanKey(t.id)] =
      t.actionPlan.trim() || tr('takeOver', locale, { lead: name(operation.leadAuthority) });
  }
  sections[VISIT_ORDER_KEY] = targets.map((t) => t.id).join(',');

  const joint: TSections = {
    goal,
    organisation,
    responsibilities,
    occupational_safety: tr('safety', locale),
    interpretation: paragraphs(
      `${tr('languages', locale)}: ${allLanguages.size ? [...allLanguages].sort().join(', ') : tr('noLanguages', locale)}`,
      tr('interpretationPractice', locale),
    ),
  };
  const category = PRIMARY_CATEGORY[operation.leadAuthority as AuthorityCode];
  return { sections: { ...sections, ...joint }, categories: category ? [category] : ['police_information'] };
}
