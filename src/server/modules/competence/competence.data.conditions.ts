/**
 * Conditions shared by several shipped rules: what the official must confirm before relying on them.
 * Written for officials, in plain language, citing the provision where it helps.
 */
import { t } from './competence.data.text.ts';

export const C = {
  necessary: t(
    'Tiedot ovat tarpeen vastaanottajan laissa säädetyn tehtävän hoitamiseksi; luovuta vain tarpeelliset tiedot.',
    'Uppgifterna behövs för mottagarens lagstadgade uppgift; lämna bara ut det som behövs.',
    'The data is needed for the recipient’s statutory task; disclose only what is needed.',
  ),
  recipientCompetent: t(
    'Vastaanottaja on toimivaltainen asiassa.',
    'Mottagaren är behörig i ärendet.',
    'The recipient is competent in the matter.',
  ),
  individualCase: t(
    'Kyse on yksittäisestä tapauksesta, ja pyyntö yksilöi henkilön tai yrityksen.',
    'Det gäller ett enskilt fall och begäran anger personen eller företaget.',
    'It is an individual case and the request names the person or company.',
  ),
  osh4bUse: t(
    'Tiedot tarvitaan tilaajavastuun, vähimmäistyöehtojen, työolojen tai ulkomaisen työvoiman käytön valvonnan kohdentamiseen tai yksittäiseen valvonta-asiaan.',
    'Uppgifterna behövs för att rikta tillsynen över beställaransvar, minimivillkor, arbetsförhållanden eller användning av utländsk arbetskraft, eller i ett enskilt tillsynsärende.',
    'The data is needed to target supervision of contractor liability, minimum terms, working conditions or the use of foreign labour, or for an individual supervision case.',
  ),
  osh4f: t(
    'Saatuja tietoja saa luovuttaa edelleen vain 4 f §:n rajoissa (muutoksenhaku, rikosten ja laiminlyöntien selvittäminen, seuraamukset).',
    'Mottagna uppgifter får lämnas vidare endast inom ramen för 4 f § (ändringssökande, utredning av brott och försummelser, påföljder).',
    'Data received may be passed on only within 4 f § (appeals, investigating crimes or neglect, sanctions).',
  ),
  oshNeglect: t(
    'Tieto koskee tilaajavastuun, vähimmäistyöehtojen tai ulkomaisen työvoiman käytön valvonnassa havaittua epäiltyä laiminlyöntiä.',
    'Uppgiften gäller en misstänkt försummelse som upptäckts i tillsynen över beställaransvar, minimivillkor eller användning av utländsk arbetskraft.',
    'The information concerns suspected neglect found in supervising contractor liability, minimum terms or the use of foreign labour.',
  ),
  osh50: t(
    'On todennäköisiä perusteita epäillä tekoa, joka on rangaistava työsuojeluviranomaisen valvomien säännösten tai rikoslain 25:3 tai 25:3a §:n (ihmiskauppa, törkeä ihmiskauppa), 36:1, 36:2, 36:6 tai 36:7 §:n (petos, törkeä petos, kiskonta, törkeä kiskonta), 44:1 §:n 1 mom. 3 tai 8–10 kohdan (terveysrikos) tai 47 luvun (työrikokset, myös 47:3a kiskonnantapainen työsyrjintä) mukaan.',
    'Det finns sannolika skäl att misstänka en gärning som är straffbar enligt bestämmelser som arbetarskyddsmyndigheten övervakar eller enligt strafflagen 25:3 eller 25:3a (människohandel, grov människohandel), 36:1, 36:2, 36:6 eller 36:7 (bedrägeri, grovt bedrägeri, ocker, grovt ocker), 44:1.1 punkt 3 eller 8–10 (hälsobrott) eller 47 kap. (arbetsbrott, även 47:3a ockerliknande diskriminering i arbetslivet).',
    'There are probable grounds to suspect an act punishable under law supervised by the OSH authority or under Criminal Code 25:3 or 25:3a (trafficking, aggravated trafficking), 36:1, 36:2, 36:6 or 36:7 (fraud, aggravated fraud, usury, aggravated usury), 44:1.1 points 3 or 8–10 (health offence) or chapter 47 (work offences, including 47:3a extortionate work discrimination).',
  ),
  osh50Breach: t(
    'Rikoslain 25:3, 25:3a, 36:1, 36:2, 36:6, 36:7 ja 44:1.1 (3 ja 9 kohta) tekojen osalta ilmoitusvelvollisuus koskee vain tekoja, joissa on rikottu työsuojeluviranomaisen valvomia säännöksiä.',
    'För gärningar enligt strafflagen 25:3, 25:3a, 36:1, 36:2, 36:6, 36:7 och 44:1.1 (punkt 3 och 9) gäller anmälningsskyldigheten bara när bestämmelser som arbetarskyddsmyndigheten övervakar har överträtts.',
    'For Criminal Code 25:3, 25:3a, 36:1, 36:2, 36:6, 36:7 and 44:1.1 (points 3 and 9) the duty applies only where the conduct breached law supervised by the OSH authority.',
  ),
  minorOmission: t(
    'Ilmoituksen saa jättää tekemättä vain, jos teko on vähäinen eikä yleinen etu vaadi ilmoittamista.',
    'Anmälan får underlåtas endast om gärningen är ringa och allmänt intresse inte kräver anmälan.',
    'The report may be left out only if the act is minor and the public interest does not require it.',
  ),
  aliens85: t(
    'On todennäköisiä perusteita epäillä luvattoman ulkomaisen työvoiman käyttöä (RL 47:6a), ulkomaalaisrikkomusta (UlkL 185 §) tai työnantajan ulkomaalaisrikkomusta (UlkL 186 §).',
    'Det finns sannolika skäl att misstänka användning av utländsk arbetskraft utan tillstånd (SL 47:6a), utlänningsförseelse (UtlL 185 §) eller arbetsgivares utlänningsförseelse (UtlL 186 §).',
    'There are probable grounds to suspect unauthorised use of foreign labour (Criminal Code 47:6a), an aliens offence (Aliens Act 185 §) or an employer’s aliens offence (Aliens Act 186 §).',
  ),
  contractorOnly: t(
    'Vain tilaajavastuulain (1233/2006) valvonnan kannalta merkitykselliset tiedot.',
    'Endast uppgifter som är relevanta för tillsynen över lagen om beställarens utredningsskyldighet (1233/2006).',
    'Only data relevant to supervising the Contractor’s Liability Act (1233/2006).',
  ),
  destroyUnneeded: t(
    'Tarpeettomat tiedot on hävitettävä heti.',
    'Uppgifter som inte behövs ska förstöras omedelbart.',
    'Data that is not needed must be destroyed at once.',
  ),
  informantCrime: t(
    'Ilmoittajan henkilöllisyys annetaan vain rikoksen selvittämiseksi.',
    'Anmälarens identitet lämnas endast för att utreda ett brott.',
    'The informant’s identity is given only to investigate a crime.',
  ),
  taxPension: t(
    'Työnantajan epäillään laiminlyöneen eläke- tai tapaturmavakuutusmaksujen suorittamisen.',
    'Arbetsgivaren misstänks ha försummat att betala pensions- eller olycksfallsförsäkringsavgifter.',
    'The employer is suspected of not paying pension or accident-insurance contributions.',
  ),
  taxAccounting: t(
    'Tiedot tarvitaan verorikoksen tai kirjanpitorikoksen selvittämiseen.',
    'Uppgifterna behövs för att utreda ett skattebrott eller bokföringsbrott.',
    'The data is needed to investigate a tax offence or an accounting offence.',
  ),
  taxNumbers: t(
    'Vain työsuojeluviranomaisen yksilöimien henkilöiden veronumerot työturvallisuuslain valvontaa varten.',
    'Endast skattenumren för personer som arbetarskyddsmyndigheten anger, för tillsynen över arbetarskyddslagen.',
    'Only the tax numbers of persons named by the OSH authority, for supervising the Occupational Safety Act.',
  ),
  migriTaxCheck: t(
    'Tulo- ja varallisuustiedot tarvitaan väärien tietojen epäilyn tai työsuhteen todellisuuden tarkistamiseen.',
    'Inkomst- och förmögenhetsuppgifter behövs för att kontrollera misstänkt oriktiga uppgifter eller om anställningen är verklig.',
    'Income and asset data is needed to check suspected false information or whether the employment is genuine.',
  ),
  geiuRequest: t(
    'Pyyntö yksilöi selvityksen kohteen ja käyttötarkoituksen (5 §).',
    'Begäran anger föremålet för utredningen och användningsändamålet (5 §).',
    'The request names the target of the report and its use (5 §).',
  ),
  geiuUse: t(
    'Selvitystä käytetään vain ilmoitettuun tarkoitukseen; jatkokäytöstä päättää pyytäjä (11 §).',
    'Utredningen används bara för det angivna ändamålet; den som begärt den beslutar om vidare användning (11 §).',
    'The report is used only for the stated purpose; the requester decides any further use (11 §).',
  ),
  geiu11: t(
    'Rikoksesta säädetty ankarin rangaistus on vähintään vuosi vankeutta, ja rikosta epäillään tehdyn organisaatiossa tai sen kautta.',
    'Det strängaste straffet för brottet är minst ett års fängelse och brottet misstänks ha begåtts i eller genom en organisation.',
    'The maximum penalty for the crime is at least one year’s imprisonment and it is suspected to have been committed in or through an organisation.',
  ),
  geiu4Consent: t(
    'Esitutkintatietoja vain esitutkintaviranomaisen suostumuksella ja tiedustelutietoja vain rekisterinpitäjän suostumuksella.',
    'Förundersökningsuppgifter endast med förundersökningsmyndighetens samtycke och underrättelseuppgifter endast med den registeransvariges samtycke.',
    'Pre-trial data only with the pre-trial authority’s consent, intelligence only with the controller’s consent.',
  ),
  seniorOfficer: t(
    'Pyynnön tekee päällystöön kuuluva poliisimies, ja tiedot tarvitaan poliisin tehtävän hoitamiseen.',
    'Begäran görs av en polisman i befälsställning och uppgifterna behövs för en polisuppgift.',
    'The request is made by a senior police officer and the data is needed for a police task.',
  ),
  noSpecialBan: t(
    'Mikään erityissäännös ei nimenomaisesti kiellä tai rajoita tietojen antamista tai niiden käyttämistä todisteena (ks. KHO:2021:13).',
    'Ingen särskild bestämmelse förbjuder eller begränsar uttryckligen utlämnandet eller användningen som bevis (se HFD:2021:13).',
    'No special provision expressly prohibits or restricts giving the data or using it as evidence (see KHO:2021:13).',
  ),
  justifiedReason: t(
    'Luovutukselle on perusteltu syy, ja tiedot ovat tarpeen vastaanottajan lakisääteisen tehtävän hoitamiseksi.',
    'Det finns ett motiverat skäl och uppgifterna behövs för mottagarens lagstadgade uppgift.',
    'There is a justified reason and the data is necessary for the recipient’s statutory task.',
  ),
  drivingOnly: t(
    'Vain kuljettajien ajo- ja lepoaikojen valvontaan.',
    'Endast för tillsyn över förares kör- och vilotider.',
    'Only for supervising drivers’ driving and rest times.',
  ),
  enf370: t(
    'Tiedot tarvitaan rikoksen selvittämiseen tai syyteharkintaan taikka vakavan rikoksen (vähimmäisrangaistus vähintään neljä kuukautta vankeutta) estämiseen.',
    'Uppgifterna behövs för att utreda ett brott eller för åtalsprövning, eller för att förhindra ett allvarligt brott (minimistraff minst fyra månaders fängelse).',
    'The data is needed to investigate or prosecute a crime, or to prevent a serious crime (minimum penalty at least four months’ imprisonment).',
  ),
  enf372: t(
    'Epäilty virallisen syytteen alainen rikos on ulosottoon kohdistuva tai sitä vaarantava rikos, kirjanpitorikos tai muu rikos, josta säädetty vähimmäisrangaistus on vähintään neljä kuukautta vankeutta.',
    'Det misstänkta brottet som hör under allmänt åtal är ett brott i eller som äventyrar utsökningen, ett bokföringsbrott eller ett annat brott med ett minimistraff på minst fyra månaders fängelse.',
    'The suspected offence (subject to public prosecution) is an offence in or endangering enforcement, an accounting offence, or another offence with a minimum penalty of at least four months’ imprisonment.',
  ),
  enf372Which: t(
    'Ihmiskauppa (RL 25:3, vähintään neljä kuukautta) ja törkeä ihmiskauppa täyttävät rajan; työsyrjintä, kiskonnantapainen työsyrjintä (RL 47:3a) ja kiskonta (RL 36:6) eivät täytä, koska niistä ei ole säädetty neljän kuukauden vähimmäisrangaistusta.',
    'Människohandel (SL 25:3, minst fyra månader) och grov människohandel uppfyller gränsen; diskriminering i arbetslivet, ockerliknande diskriminering i arbetslivet (SL 47:3a) och ocker (SL 36:6) gör det inte, eftersom de saknar ett minimistraff på fyra månader.',
    'Trafficking (Criminal Code 25:3, minimum four months) and aggravated trafficking qualify; work discrimination, extortionate work discrimination (47:3a) and usury (36:6) do not, as they carry no four-month minimum.',
  ),
  enfTaxFraud: t(
    'Epäillään veropetosta (RL 29:1–4) tai etuuden väärinkäyttöä.',
    'Skattebedrägeri (SL 29:1–4) eller missbruk av förmåner misstänks.',
    'Tax fraud (Criminal Code 29:1–4) or benefit abuse is suspected.',
  ),
  conduit: t(
    'Vastaanottajalla on muun lain nojalla oikeus saada nämä tiedot salassapitosäännösten estämättä; tulorekisteri vain välittää ne.',
    'Mottagaren har enligt en annan lag rätt att få uppgifterna utan hinder av sekretess; inkomstregistret förmedlar dem bara.',
    'The recipient has a right under another Act to obtain this data notwithstanding secrecy; the Incomes Register only transmits it.',
  ),
  victimConsent: t(
    'Uhria ei auteta vastoin hänen tahtoaan (746/2011 38 a § 2 mom.); selvitä henkilön oma kanta.',
    'Ett offer får inte hjälpas mot sin vilja (746/2011 38 a § 2 mom.); ta reda på personens egen inställning.',
    'A victim is not assisted against his or her will (746/2011 38 a § 2 mom.); find out the person’s own wishes.',
  ),
  victimTask: t(
    'Tiedot ovat tarpeen ihmiskaupan uhrin auttamista tai suojelua koskevan tehtävän (746/2011 3–4 luku) hoitamiseksi.',
    'Uppgifterna behövs för en uppgift som gäller hjälp till eller skydd av offer för människohandel (746/2011 3–4 kap.).',
    'The data is needed for a task of assisting or protecting trafficking victims (746/2011 chapters 3–4).',
  ),
  directorDecides: t(
    'Ilmoittamisesta päättää Joutsenon vastaanottokeskuksen johtaja; henkilön suostumusta ei tarvita.',
    'Föreståndaren för Joutseno förläggning beslutar om anmälan; personens samtycke behövs inte.',
    'The director of Joutseno reception centre decides; the person’s consent is not needed.',
  ),
  migriTasks: t(
    'Tiedot ovat tarpeen ulkomaalaislain, kansalaisuuslain tai vastaanottoa ja ihmiskaupan uhrien auttamista koskevan tehtävän hoitamiseksi.',
    'Uppgifterna behövs för en uppgift enligt utlänningslagen, medborgarskapslagen eller om mottagande och hjälp till offer för människohandel.',
    'The data is needed for a task under the Aliens Act, the Nationality Act, or reception and assistance to trafficking victims.',
  ),
  pretrialForAdmission: t(
    'Esitutkintatiedot tarvitaan auttamisjärjestelmään ottamista koskevaan päätökseen.',
    'Förundersökningsuppgifterna behövs för beslutet om intagning i hjälpsystemet.',
    'The pre-trial data is needed to decide on admission to the assistance system.',
  ),
  phenomenonOnly: t(
    'Vain ilmiöselvitysten laatimiseen.',
    'Endast för att utarbeta fenomenutredningar.',
    'For phenomenon reports only.',
  ),
} as const;
