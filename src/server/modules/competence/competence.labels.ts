/** Localized labels of the issue areas, for the UI and for explanations. */
import type { LocalizedText } from '../../../contracts/languages.ts';
import type { IssueArea } from './competence.schemas.ts';

export const ISSUE_AREA_LABELS: Record<IssueArea, LocalizedText> = {
  wages: { fi: 'palkat', sv: 'löner', en: 'wages' },
  working_hours: { fi: 'työajat', sv: 'arbetstider', en: 'working hours' },
  permits: {
    fi: 'oleskelu- ja työluvat',
    sv: 'uppehålls- och arbetstillstånd',
    en: 'residence and work permits',
  },
  taxes: { fi: 'verot', sv: 'skatter', en: 'taxes' },
  pensions: { fi: 'eläkevakuuttaminen', sv: 'pensionsförsäkring', en: 'pension insurance' },
  insurance: { fi: 'vakuutusmaksut', sv: 'försäkringsavgifter', en: 'insurance contributions' },
  victims: { fi: 'ihmiskaupan uhrit', sv: 'offer för människohandel', en: 'victims of trafficking' },
  housing: { fi: 'asuminen', sv: 'boende', en: 'housing' },
  occupational_safety: { fi: 'työturvallisuus', sv: 'arbetarskydd', en: 'occupational safety' },
  contractor_liability: { fi: 'tilaajavastuu', sv: 'beställaransvar', en: 'contractor liability' },
  crime_investigation: { fi: 'rikostutkinta', sv: 'brottsutredning', en: 'crime investigation' },
  enforcement_debts: { fi: 'ulosotto ja velat', sv: 'utsökning och skulder', en: 'enforcement of debts' },
  discrimination: { fi: 'syrjintä', sv: 'diskriminering', en: 'discrimination' },
  recruitment_fees: { fi: 'rekrytointimaksut', sv: 'rekryteringsavgifter', en: 'recruitment fees' },
};
