/**
 * The shipped competence map for Finland, assembled from the data files beside this one. This is the
 * first state of the configuration; a later step stores it in PostgreSQL, versions each rule and lets
 * editors correct it. `competence.schemas.test.ts` proves it validates as a whole.
 */

import { SHIPPED_AUTHORITIES } from './competence.data.authorities.ts';
import { B } from './competence.data.bases.ts';
import { SHIPPED_CATEGORIES } from './competence.data.categories.ts';
import { SHIPPED_COMPETENCES } from './competence.data.competences.ts';
import { SHIPPED_CIRCUMSTANCES, SHIPPED_PURPOSES } from './competence.data.purposes.ts';
import { ENFORCEMENT_RULES } from './competence.data.rules.enforcement.ts';
import { GEIU_RULES } from './competence.data.rules.geiu.ts';
import { OSH_RULES } from './competence.data.rules.osh.ts';
import { POLICE_AND_MIGRI_RULES } from './competence.data.rules.police.ts';
import { TAX_AND_REGISTER_RULES } from './competence.data.rules.tax.ts';
import { VICTIM_RULES } from './competence.data.rules.victims.ts';
import { t } from './competence.data.text.ts';
import type { CompetenceConfig } from './competence.schemas.ts';

/** The competence map Silta ships with. Treat as read-only; copy before changing. */
export const SHIPPED_COMPETENCE_CONFIG: CompetenceConfig = {
  schemaVersion: 1,
  country: 'FI',
  lawTextsAsOf: {
    date: '2025-02-21',
    note: t(
      'Säädöstekstit luettu Finlexin säädöskokoelmasta tilanteessa 21.2.2025. Sen jälkeen julkaistut muutokset (mm. Lupa- ja valvontavirasto 1.1.2026) on tarkistettava ajantasaisesta lainsäädännöstä ennen käyttöönottoa.',
      'Författningstexterna lästa i Finlex författningssamling enligt läget 21.2.2025. Ändringar som publicerats senare (bl.a. Tillstånds- och tillsynsverket 1.1.2026) ska kontrolleras i den uppdaterade lagstiftningen före ibruktagning.',
      'Statute texts read from the Finlex statute book as of 21.2.2025. Amendments published later (e.g. the Finnish Supervisory Agency, 1.1.2026) must be checked in the consolidated legislation before use.',
    ),
  },
  authorities: SHIPPED_AUTHORITIES,
  competences: SHIPPED_COMPETENCES,
  categories: SHIPPED_CATEGORIES,
  purposes: SHIPPED_PURPOSES,
  circumstances: SHIPPED_CIRCUMSTANCES,
  rules: [
    ...OSH_RULES,
    ...TAX_AND_REGISTER_RULES,
    ...GEIU_RULES,
    ...POLICE_AND_MIGRI_RULES,
    ...VICTIM_RULES,
    ...ENFORCEMENT_RULES,
  ],
  noRuleBasis: [B.openness_29],
};
