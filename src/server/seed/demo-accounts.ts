/** Demo accounts (demo mode only; never in production). All share SILTA_DEMO_PASSWORD. */
import type { AuthorityCode } from '../../contracts/authorities.ts';
import type { Role } from '../../contracts/roles.ts';

export interface DemoAccount {
  username: string;
  displayName: string;
  authority: AuthorityCode;
  unit: string;
  roles: Role[];
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    username: 'admin',
    displayName: 'Aino Ylläpito',
    authority: 'police',
    unit: 'police-it',
    roles: ['platform_admin'],
  },
  {
    username: 'police.officer',
    displayName: 'Pekka Virtanen',
    authority: 'police',
    unit: 'police-helsinki',
    roles: ['officer'],
  },
  {
    username: 'police.analyst',
    displayName: 'Sanna Korhonen',
    authority: 'police',
    unit: 'police-helsinki',
    roles: ['analyst'],
  },
  {
    username: 'police.lead',
    displayName: 'Jari Mäkinen',
    authority: 'police',
    unit: 'police-helsinki',
    roles: ['operation_lead', 'officer'],
  },
  {
    username: 'osh.inspector',
    displayName: 'Laura Nieminen',
    authority: 'osh',
    unit: 'osh-south',
    roles: ['officer'],
  },
  {
    username: 'tax.officer',
    displayName: 'Mikko Heikkinen',
    authority: 'tax',
    unit: 'tax-grey',
    roles: ['officer'],
  },
  {
    username: 'geiu.analyst',
    displayName: 'Elina Koskinen',
    authority: 'geiu',
    unit: 'geiu-main',
    roles: ['analyst'],
  },
  {
    username: 'migri.officer',
    displayName: 'Antti Järvinen',
    authority: 'migri',
    unit: 'migri-permits',
    roles: ['officer'],
  },
  {
    username: 'border.officer',
    displayName: 'Timo Lehtonen',
    authority: 'border',
    unit: 'border-south',
    roles: ['officer'],
  },
  {
    username: 'enforcement.officer',
    displayName: 'Kaisa Salminen',
    authority: 'enforcement',
    unit: 'enforcement-south',
    roles: ['officer'],
  },
  {
    username: 'nas.advisor',
    displayName: 'Heidi Laaksonen',
    authority: 'nas',
    unit: 'nas-joutseno',
    roles: ['officer'],
  },
  {
    username: 'editor',
    displayName: 'Outi Toimittaja',
    authority: 'police',
    unit: 'police-it',
    roles: ['content_editor'],
  },
];

/** Units referenced by the demo accounts, with stable ids so a re-seed finds them. */
export const DEMO_UNITS: {
  key: string;
  id: string;
  authority: AuthorityCode;
  name: { fi: string; sv: string; en: string };
}[] = [
  {
    key: 'police-it',
    id: '00000000-0000-4000-8000-000000000101',
    authority: 'police',
    name: {
      fi: 'Poliisihallitus, tietohallinto',
      sv: 'Polisstyrelsen, dataförvaltning',
      en: 'National Police Board, IT',
    },
  },
  {
    key: 'police-helsinki',
    id: '00000000-0000-4000-8000-000000000102',
    authority: 'police',
    name: {
      fi: 'Helsingin poliisilaitos, ihmiskaupan tutkintaryhmä',
      sv: 'Helsingfors polisinrättning, utredningsgruppen för människohandel',
      en: 'Helsinki Police Department, trafficking investigation group',
    },
  },
  {
    key: 'osh-south',
    id: '00000000-0000-4000-8000-000000000103',
    authority: 'osh',
    name: {
      fi: 'Ulkomaisen työvoiman valvonta, Etelä-Suomi',
      sv: 'Tillsyn av utländsk arbetskraft, Södra Finland',
      en: 'Foreign labour supervision, Southern Finland',
    },
  },
  {
    key: 'tax-grey',
    id: '00000000-0000-4000-8000-000000000104',
    authority: 'tax',
    name: { fi: 'Harmaan talouden torjunta', sv: 'Bekämpning av grå ekonomi', en: 'Grey economy prevention' },
  },
  {
    key: 'geiu-main',
    id: '00000000-0000-4000-8000-000000000105',
    authority: 'geiu',
    name: { fi: 'Selvitykset', sv: 'Utredningar', en: 'Reports' },
  },
  {
    key: 'migri-permits',
    id: '00000000-0000-4000-8000-000000000106',
    authority: 'migri',
    name: { fi: 'Työperusteiset luvat', sv: 'Arbetsbaserade tillstånd', en: 'Work-based permits' },
  },
  {
    key: 'border-south',
    id: '00000000-0000-4000-8000-000000000107',
    authority: 'border',
    name: {
      fi: 'Suomenlahden merivartiosto, rikostorjunta',
      sv: 'Finska vikens sjöbevakningssektion, brottsbekämpning',
      en: 'Gulf of Finland Coast Guard District, crime prevention',
    },
  },
  {
    key: 'enforcement-south',
    id: '00000000-0000-4000-8000-000000000108',
    authority: 'enforcement',
    name: {
      fi: 'Etelä-Suomen ulosottoalue',
      sv: 'Södra Finlands utsökningsområde',
      en: 'Southern Finland enforcement district',
    },
  },
  {
    key: 'nas-joutseno',
    id: '00000000-0000-4000-8000-000000000109',
    authority: 'nas',
    name: { fi: 'Joutsenon vastaanottokeskus', sv: 'Joutseno förläggning', en: 'Joutseno reception centre' },
  },
];
