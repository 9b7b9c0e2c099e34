/**
 * Crime titles an operation's pre-trial investigations are opened under: the Criminal Code (rikoslaki
 * 39/1889) and the Aliens Act offences of FACTS.md §3, with the corrections of LEGAL-BASES.md §10/§11
 * (47:6's current title, 47:6a's spelling; 36:7 and 47:2 confirmed). `verified: false` where the
 * sources mark the section number unverified.
 */
export interface CrimeTitle {
  code: string;
  /** Chapter:section of the Criminal Code, or the Aliens Act (301/2004) section. */
  section: string;
  fi: string;
  en: string;
  verified: boolean;
}

export const CRIME_TITLES = [
  {
    code: 'trafficking_in_persons',
    section: 'RL 25:3',
    fi: 'Ihmiskauppa',
    en: 'Trafficking in human beings',
    verified: true,
  },
  {
    code: 'aggravated_trafficking_in_persons',
    section: 'RL 25:3a',
    fi: 'Törkeä ihmiskauppa',
    en: 'Aggravated trafficking in human beings',
    verified: true,
  },
  {
    code: 'work_discrimination',
    section: 'RL 47:3',
    fi: 'Työsyrjintä',
    en: 'Work discrimination',
    verified: true,
  },
  {
    code: 'extortionate_work_discrimination',
    section: 'RL 47:3a',
    fi: 'Kiskonnantapainen työsyrjintä',
    en: 'Extortionate work discrimination',
    verified: true,
  },
  {
    code: 'unauthorised_use_of_foreign_labour',
    section: 'RL 47:6a',
    fi: 'Luvattoman ulkomaisen työvoiman käyttö',
    en: 'Unauthorised use of foreign labour',
    verified: true,
  },
  {
    code: 'employment_fee_ban_breach',
    section: 'RL 47:6',
    fi: 'Työnvälityksen maksukiellon rikkominen',
    en: 'Breach of the ban on charging fees for employment services',
    verified: true,
  },
  {
    code: 'work_safety_offence',
    section: 'RL 47:1',
    fi: 'Työturvallisuusrikos',
    en: 'Work safety offence',
    verified: true,
  },
  {
    code: 'working_hours_offence',
    section: 'RL 47:2',
    fi: 'Työaikasuojelurikos',
    en: 'Working-time protection offence',
    verified: true,
  },
  {
    code: 'arrangement_of_illegal_immigration',
    section: 'RL 17:8',
    fi: 'Laittoman maahantulon järjestäminen',
    en: 'Arrangement of illegal immigration',
    verified: true,
  },
  {
    code: 'aggravated_arrangement_of_illegal_immigration',
    section: 'RL 17:8a',
    fi: 'Törkeä laittoman maahantulon järjestäminen',
    en: 'Aggravated arrangement of illegal immigration',
    verified: true,
  },
  { code: 'pandering', section: 'RL 20:9', fi: 'Paritus', en: 'Pandering', verified: true },
  {
    code: 'aggravated_pandering',
    section: 'RL 20:9a',
    fi: 'Törkeä paritus',
    en: 'Aggravated pandering',
    verified: true,
  },
  { code: 'usury', section: 'RL 36:6', fi: 'Kiskonta', en: 'Usury', verified: true },
  {
    code: 'aggravated_usury',
    section: 'RL 36:7',
    fi: 'Törkeä kiskonta',
    en: 'Aggravated usury',
    verified: true,
  },
  { code: 'fraud', section: 'RL 36:1', fi: 'Petos', en: 'Fraud', verified: true },
  {
    code: 'employer_aliens_offence',
    section: 'UlkL 186 §',
    fi: 'Työnantajan ulkomaalaisrikkomus',
    en: 'Employer’s violation of the Aliens Act',
    verified: true,
  },
] as const satisfies readonly CrimeTitle[];

export type CrimeTitleCode = (typeof CRIME_TITLES)[number]['code'];
export const CRIME_TITLE_CODES = CRIME_TITLES.map((c) => c.code) as [CrimeTitleCode, ...CrimeTitleCode[]];

/** Authorities that conduct pre-trial investigations (FACTS §1: police, NBI, Border Guard, Customs). */
export const INVESTIGATING_AUTHORITIES = ['police', 'nbi', 'border', 'customs'] as const;
