/**
 * Shipped purpose codes (what the recipient will use data for) and circumstances (facts an official
 * confirms to open an exceptional rule) of the Finnish competence map.
 */
import { t } from './competence.data.text.ts';
import type { Circumstance, Purpose } from './competence.schemas.ts';

export const SHIPPED_PURPOSES: Purpose[] = [
  {
    code: 'contractor_liability_supervision',
    label: t(
      'tilaajavastuulain noudattamisen valvonta',
      'tillsyn över lagen om beställarens utredningsskyldighet',
      'supervision of the Contractor’s Liability Act',
    ),
  },
  {
    code: 'minimum_terms_supervision',
    label: t(
      'vähimmäistyöehtojen valvonta',
      'tillsyn över minimivillkoren i anställningen',
      'supervision of minimum terms of employment',
    ),
  },
  {
    code: 'foreign_labour_supervision',
    label: t(
      'ulkomaisen työvoiman käytön valvonta',
      'tillsyn över användningen av utländsk arbetskraft',
      'supervision of the use of foreign labour',
    ),
  },
  {
    code: 'working_conditions_supervision',
    label: t(
      'työolojen ja työturvallisuuden valvonta',
      'tillsyn över arbetsförhållanden och arbetarskydd',
      'supervision of working conditions and occupational safety',
    ),
  },
  {
    code: 'driving_time_supervision',
    label: t(
      'kuljettajien ajo- ja lepoaikojen valvonta',
      'tillsyn över förares kör- och vilotider',
      'supervision of drivers’ driving and rest times',
    ),
  },
  {
    code: 'crime_prevention',
    label: t(
      'rikosten estäminen ja paljastaminen',
      'förhindrande och avslöjande av brott',
      'crime prevention and detection',
    ),
  },
  {
    code: 'crime_investigation',
    label: t(
      'rikosten selvittäminen ja syyteharkinta',
      'utredning av brott och åtalsprövning',
      'crime investigation and prosecution',
    ),
  },
  {
    code: 'permit_decision',
    label: t(
      'oleskelu- ja työlupa-asioiden ratkaiseminen',
      'avgörande av uppehålls- och arbetstillståndsärenden',
      'residence and work permit decisions',
    ),
  },
  {
    code: 'victim_assistance',
    label: t(
      'ihmiskaupan uhrin auttaminen',
      'hjälp till offer för människohandel',
      'assistance to victims of trafficking',
    ),
  },
  {
    code: 'victim_protection',
    label: t(
      'uhrin ja muiden henkilöiden turvallisuuden suojaaminen',
      'skydd av offrets och andra personers säkerhet',
      'protecting the safety of victims and others',
    ),
  },
  { code: 'enforcement', label: t('ulosotto', 'utsökning', 'enforcement of debts') },
  {
    code: 'tax_supervision',
    label: t('verotus ja verovalvonta', 'beskattning och skattekontroll', 'taxation and tax supervision'),
  },
  {
    code: 'pension_supervision',
    label: t(
      'työeläkevakuuttamisen valvonta',
      'tillsyn över arbetspensionsförsäkringen',
      'supervision of employment pension insurance',
    ),
  },
  {
    code: 'business_prohibition',
    label: t('liiketoimintakieltoasiat', 'näringsförbudsärenden', 'business prohibitions'),
  },
  {
    code: 'targeting_of_supervision',
    label: t('valvonnan kohdentaminen', 'inriktning av tillsynen', 'targeting of supervision'),
  },
  {
    code: 'grey_economy_reporting',
    label: t(
      'harmaan talouden ilmiöselvitysten laatiminen',
      'utarbetande av fenomenutredningar om grå ekonomi',
      'preparing grey-economy phenomenon reports',
    ),
  },
];

export const SHIPPED_CIRCUMSTANCES: Circumstance[] = [
  {
    code: 'suspected_crime_max_penalty_over_6_months',
    label: t(
      'on syytä epäillä rikosta, josta säädetty ankarin rangaistus on yli kuusi kuukautta vankeutta',
      'det finns skäl att misstänka ett brott för vilket det strängaste straffet är över sex månaders fängelse',
      'there is reason to suspect a crime with a maximum penalty of more than six months’ imprisonment',
    ),
  },
  {
    code: 'serious_threat_to_life_health_or_liberty',
    label: t(
      'tieto tarvitaan uhrin, hänen läheistensä, muiden uhrien tai henkilöstön henkeen, terveyteen tai vapauteen kohdistuvan vakavan uhan arvioimiseksi tai estämiseksi',
      'uppgiften behövs för att bedöma eller avvärja ett allvarligt hot mot liv, hälsa eller frihet för offret, dennes närstående, andra offer eller personalen',
      'the information is needed to assess or prevent a serious threat to the life, health or liberty of the victim, relatives, other victims or staff',
    ),
  },
];
