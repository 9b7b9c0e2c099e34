/** Source notes shared by several shipped rules (why a rule is unverified, proposed or refused). */
import { t } from './competence.data.text.ts';

export const N = {
  stateAuthority: t(
    'Tulkinta: viranomaisen katsotaan olevan julkisuuslain (621/1999) 4 §:n 1 momentin tarkoittama valtion viranomainen; säännös ei nimeä virastoa. Tarkistettava.',
    'Tolkning: myndigheten anses vara en statlig myndighet enligt 4 § 1 mom. i offentlighetslagen (621/1999); bestämmelsen nämner ingen myndighet. Ska kontrolleras.',
    'Interpretation: the authority is taken to be a state authority under 621/1999 4 § 1 mom.; the provision names no agency. To be checked.',
  ),
  proposal: t(
    'Hallituksen esitys, josta ei löytynyt eduskunnan vastausta (tilanne 15.1.2026). Ei oikeuta luovutukseen ennen kuin laki on voimassa.',
    'Regeringens proposition utan riksdagens svar (läget 15.1.2026). Ger ingen rätt att lämna ut uppgifter förrän lagen trätt i kraft.',
    'Government proposal with no parliamentary reply found (as of 15.1.2026). Gives no right to disclose until the law is in force.',
  ),
  victimSecrecy: t(
    'Auttamisjärjestelmän asiakastiedoille ei ole omaa luovutussäännöstä tälle vastaanottajalle. Salassapito perustuu julkisuuslain 24 §:ään (kohta tarkistamatta); luovutus vaatisi nimenomaisen säännöksen tai asiakkaan suostumuksen (621/1999 29 §).',
    'Det finns ingen bestämmelse om utlämnande av hjälpsystemets klientuppgifter till denna mottagare. Sekretessen grundar sig på 24 § i offentlighetslagen (punkt inte kontrollerad); utlämnande kräver en uttrycklig bestämmelse eller klientens samtycke (621/1999 29 §).',
    'No provision lets assistance-system client data go to this recipient. Secrecy rests on 621/1999 24 § (point unverified); disclosure would need an express provision or the client’s consent (621/1999 29 §).',
  ),
  geiuNotNas: t(
    'Velvoitteidenhoitoselvityksen saa vain 6 §:ssä luetelluissa käyttötarkoituksissa; auttamisjärjestelmän tehtäviä ei ole lueteltu, ja selvitykset ovat salassa pidettäviä (13 §).',
    'En utredning om skötseln av förpliktelser får endast användas för ändamålen i 6 §; hjälpsystemets uppgifter finns inte med, och utredningarna är sekretessbelagda (13 §).',
    'Compliance reports may be given only for the uses listed in 6 §; the assistance system’s tasks are not listed, and reports are secret (13 §).',
  ),
  conduit: t(
    'Tulorekisteri on välittäjä, ei itsenäinen luovutusperuste: vastaanottajan oikeus tietoon on säädetty muualla.',
    'Inkomstregistret är en förmedlare, inte en självständig grund: mottagarens rätt till uppgiften föreskrivs på annat håll.',
    'The Incomes Register is a conduit, not a legal basis of its own: the recipient’s right to the data is set out elsewhere.',
  ),
  recipientInferred: t(
    'Säännös koskee käyttötarkoitusta; vastaanottavan viranomaisen nimeäminen on päätelmä.',
    'Bestämmelsen gäller ändamålet; vilken myndighet som är mottagare är en slutsats.',
    'The provision names a use; which authority receives the report is an inference.',
  ),
} as const;
