/**
 * How authorities are named inside explanation sentences. Finnish needs the recipient in the allative
 * case ("poliisille"), Swedish and English the definite form used mid-sentence ("polisen", "the
 * police"). Codes are stable contracts, so the forms can live here; unknown codes fall back to the
 * profile's short name.
 */
import type { AuthorityCode } from '../../../contracts/authorities.ts';
import type { UiLocale } from '../../../contracts/languages.ts';
import type { AuthorityProfile } from './competence.schemas.ts';

/** Mid-sentence forms of one authority's name. */
export interface NameForms {
  /** Finnish nominative (subject), as written mid-sentence. */
  fi: string;
  /** Finnish allative: "to whom" (`poliisille`). */
  fiTo: string;
  sv: string;
  en: string;
}

const FORMS: Record<AuthorityCode, NameForms> = {
  police: { fi: 'poliisi', fiTo: 'poliisille', sv: 'polisen', en: 'the police' },
  nbi: {
    fi: 'Keskusrikospoliisi',
    fiTo: 'Keskusrikospoliisille',
    sv: 'Centralkriminalpolisen',
    en: 'the National Bureau of Investigation',
  },
  border: {
    fi: 'Rajavartiolaitos',
    fiTo: 'Rajavartiolaitokselle',
    sv: 'Gränsbevakningsväsendet',
    en: 'the Border Guard',
  },
  customs: { fi: 'Tulli', fiTo: 'Tullille', sv: 'Tullen', en: 'Customs' },
  osh: {
    fi: 'työsuojeluviranomainen',
    fiTo: 'työsuojeluviranomaiselle',
    sv: 'arbetarskyddsmyndigheten',
    en: 'the OSH authority',
  },
  tax: {
    fi: 'Verohallinto',
    fiTo: 'Verohallinnolle',
    sv: 'Skatteförvaltningen',
    en: 'the Tax Administration',
  },
  geiu: {
    fi: 'Harmaan talouden selvitysyksikkö',
    fiTo: 'Harmaan talouden selvitysyksikölle',
    sv: 'Enheten för utredning av grå ekonomi',
    en: 'the Grey Economy Information Unit',
  },
  migri: {
    fi: 'Maahanmuuttovirasto',
    fiTo: 'Maahanmuuttovirastolle',
    sv: 'Migrationsverket',
    en: 'the Finnish Immigration Service',
  },
  nas: {
    fi: 'ihmiskaupan uhrien auttamisjärjestelmä',
    fiTo: 'ihmiskaupan uhrien auttamisjärjestelmälle',
    sv: 'hjälpsystemet för offer för människohandel',
    en: 'the assistance system for victims of trafficking',
  },
  enforcement: {
    fi: 'Ulosottolaitos',
    fiTo: 'Ulosottolaitokselle',
    sv: 'Utsökningsverket',
    en: 'the Enforcement Authority',
  },
  etk: {
    fi: 'Eläketurvakeskus',
    fiTo: 'Eläketurvakeskukselle',
    sv: 'Pensionsskyddscentralen',
    en: 'the Finnish Centre for Pensions',
  },
  prosecution: {
    fi: 'Syyttäjälaitos',
    fiTo: 'Syyttäjälaitokselle',
    sv: 'Åklagarmyndigheten',
    en: 'the Prosecution Authority',
  },
  ombudsman: {
    fi: 'yhdenvertaisuusvaltuutettu',
    fiTo: 'yhdenvertaisuusvaltuutetulle',
    sv: 'diskrimineringsombudsmannen',
    en: 'the Non-Discrimination Ombudsman',
  },
};

/** Name forms for an authority; falls back to the profile's short name (in a neutral construction). */
export function nameForms(code: string, profile?: AuthorityProfile): NameForms {
  const known = (FORMS as Record<string, NameForms | undefined>)[code];
  if (known) return known;
  const short = profile?.shortName ?? { fi: code, sv: code, en: code };
  return { fi: short.fi, fiTo: `vastaanottajalle ${short.fi}`, sv: short.sv, en: short.en };
}

/** The subject form in one language. */
export const subjectIn = (forms: NameForms, locale: UiLocale): string => forms[locale];

/** The recipient form in one language (Finnish allative). */
export const recipientIn = (forms: NameForms, locale: UiLocale): string =>
  locale === 'fi' ? forms.fiTo : forms[locale];

/** Upper-cases the first letter, for a name that starts a sentence. */
export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
