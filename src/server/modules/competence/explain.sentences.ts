/**
 * The sentence templates of explanations, written separately for each language (not translated word
 * for word). Finnish uses the official terms pyynnöstä, oma-aloitteisesti, ilmoitusvelvollisuus and
 * salassapitosäännösten estämättä; recipients are in the allative case (see explain.names.ts).
 */
import type { LocalizedText, UiLocale } from '../../../contracts/languages.ts';
import { endSentence } from './explain.format.ts';
import { capitalise } from './explain.names.ts';

/** Words of one sentence in one language. */
export interface Words {
  from: string;
  to: string;
  toSubject: string;
  cats: string;
  bases: string;
  purpose: string;
}

type Sentence = (w: Words) => string;
export type Template = Record<UiLocale, Sentence>;

export const S = {
  duty: {
    fi: (w) =>
      `${capitalise(w.from)} on velvollinen ilmoittamaan asiasta ${w.to} (${w.cats}), kun laissa säädetyt edellytykset täyttyvät. Kyse on ilmoitusvelvollisuudesta: ilmoitus on tehtävä, vaikka kukaan ei pyydä sitä.`,
    sv: (w) =>
      `${capitalise(w.from)} är skyldig att anmäla saken till ${w.to} (${w.cats}) när villkoren i lagen uppfylls. Det är en anmälningsskyldighet: anmälan ska göras även om ingen begär den.`,
    en: (w) =>
      `${capitalise(w.from)} must notify ${w.to} (${w.cats}) when the statutory conditions are met. This is a duty to notify: the report must be made even if nobody asks for it.`,
  },
  own: {
    fi: (w) =>
      `${capitalise(w.from)} saa antaa ${w.to} oma-aloitteisesti salassapitosäännösten estämättä seuraavat tiedot: ${w.cats}; pyyntöä ei tarvita.`,
    sv: (w) =>
      `${capitalise(w.from)} får på eget initiativ och utan hinder av sekretessbestämmelserna lämna följande uppgifter till ${w.to}: ${w.cats}; ingen begäran behövs.`,
    en: (w) =>
      `${capitalise(w.from)} may, on its own initiative and notwithstanding secrecy provisions, give ${w.to} the following data: ${w.cats}; no request is needed.`,
  },
  request: {
    fi: (w) =>
      `${capitalise(w.from)} saa luovuttaa ${w.to} pyynnöstä salassapitosäännösten estämättä seuraavat tiedot: ${w.cats}.`,
    sv: (w) =>
      `${capitalise(w.from)} får på begäran och utan hinder av sekretessbestämmelserna lämna ut följande uppgifter till ${w.to}: ${w.cats}.`,
    en: (w) =>
      `${capitalise(w.from)} may, on request and notwithstanding secrecy provisions, disclose the following data to ${w.to}: ${w.cats}.`,
  },
  public: {
    fi: (w) => `Seuraavat tiedot ovat julkisia, joten ne saa antaa kenelle tahansa: ${w.cats}.`,
    sv: (w) => `Följande uppgifter är offentliga och får lämnas till vem som helst: ${w.cats}.`,
    en: (w) => `The following data is public and may be given to anyone: ${w.cats}.`,
  },
  basis: {
    fi: (w) => endSentence(`Peruste: ${w.bases}`),
    sv: (w) => endSentence(`Grund: ${w.bases}`),
    en: (w) => endSentence(`Legal basis: ${w.bases}`),
  },
  banned: {
    fi: (w) =>
      `Toimivaltakartan mukaan ${w.from} ei saa antaa ${w.to} seuraavia tietoja: ${w.cats} (${w.bases}).`,
    sv: (w) =>
      `Enligt kompetenskartan får ${w.from} inte lämna följande uppgifter till ${w.to}: ${w.cats} (${w.bases}).`,
    en: (w) =>
      `According to the competence map, ${w.from} may not give ${w.to} the following data: ${w.cats} (${w.bases}).`,
  },
  requestOnly: {
    fi: (w) =>
      `${capitalise(w.from)} saa antaa ${w.to} seuraavat tiedot vain pyynnöstä, ei oma-aloitteisesti: ${w.cats} (${w.bases}). ${capitalise(w.toSubject)} voi itse pyytää tietoja, jos se tarvitsee niitä tehtäväänsä.`,
    sv: (w) =>
      `${capitalise(w.from)} får lämna följande uppgifter till ${w.to} endast på begäran, inte på eget initiativ: ${w.cats} (${w.bases}). ${capitalise(w.toSubject)} kan själv begära uppgifterna om den behöver dem för sin uppgift.`,
    en: (w) =>
      `${capitalise(w.from)} may give ${w.to} the following data only on request, not on its own initiative: ${w.cats} (${w.bases}). ${capitalise(w.toSubject)} can ask for the data itself if it needs it for its task.`,
  },
  noRule: {
    fi: (w) =>
      `Toimivaltakartasta ei löydy lakiperustetta sille, että ${w.from} antaisi ${w.to} seuraavia tietoja käyttötarkoitukseen ”${w.purpose}”: ${w.cats}.`,
    sv: (w) =>
      `Kompetenskartan innehåller ingen rättslig grund för att ${w.from} lämnar följande uppgifter till ${w.to} för ändamålet ”${w.purpose}”: ${w.cats}.`,
    en: (w) =>
      `The competence map has no legal basis for ${w.from} to give ${w.to} the following data for “${w.purpose}”: ${w.cats}.`,
  },
  section29: {
    fi: () =>
      'Julkisuuslain (621/1999) 29 §:n mukaan salassa pidettävän tiedon saa antaa toiselle viranomaiselle vain, jos laissa nimenomaisesti säädetään siitä, suojattava henkilö suostuu tai tieto tarvitaan muutoksenhakuun tai yksittäiseen valvonta- tai tarkastustehtävään; älä luovuta tietoja ilman tällaista perustetta.',
    sv: () =>
      'Enligt 29 § i offentlighetslagen (621/1999) får sekretessbelagda uppgifter lämnas till en annan myndighet bara om det uttryckligen föreskrivs i lag, den skyddade personen samtycker eller uppgiften behövs för ändringssökande eller ett enskilt tillsyns- eller inspektionsuppdrag; lämna inte ut uppgifterna utan en sådan grund.',
    en: () =>
      'Under section 29 of the Act on the Openness of Government Activities (621/1999), secret information may be given to another authority only where an Act expressly provides for it, the protected person consents, or it is needed for an appeal or an individual supervision or inspection task; do not disclose without such a basis.',
  },
  mixed: {
    fi: () =>
      'Kaikkia pyydettyjä tietoja ei saa luovuttaa, sillä jokaiselle tietoryhmälle tarvitaan oma peruste.',
    sv: () =>
      'Alla begärda uppgifter får inte lämnas ut, eftersom varje uppgiftskategori behöver en egen grund.',
    en: () =>
      'Not all of the requested data may be disclosed, because every data category needs its own legal basis.',
  },
  partial: {
    fi: (w) => `Muiden tietojen osalta luovutus olisi sallittu: ${w.cats}.`,
    sv: (w) => `För övriga uppgifter vore utlämnandet tillåtet: ${w.cats}.`,
    en: (w) => `The other data could be disclosed: ${w.cats}.`,
  },
  ownAuthority: {
    fi: (w) =>
      `Tiedot pysyvät saman viranomaisen sisällä (${w.from}), joten kyse ei ole luovutuksesta toiselle viranomaiselle. Käytä tietoja silti vain laissa sallittuun tarkoitukseen.`,
    sv: (w) =>
      `Uppgifterna stannar inom samma myndighet (${w.from}), så det är inte fråga om utlämnande till en annan myndighet. Använd ändå uppgifterna bara för ändamål som lagen tillåter.`,
    en: (w) =>
      `The data stays within the same authority (${w.from}), so this is not a disclosure to another authority. Still, use it only for purposes the law allows.`,
  },
} satisfies Record<string, Template>;

export const CHECK: Record<'plain' | 'unverified', LocalizedText> = {
  plain: {
    fi: 'Varmista ennen luovutusta, että alla luetellut edellytykset täyttyvät.',
    sv: 'Kontrollera före utlämnandet att villkoren nedan uppfylls.',
    en: 'Before disclosing, check that the conditions listed below are met.',
  },
  unverified: {
    fi: 'Varmista ennen luovutusta, että alla luetellut edellytykset täyttyvät; osa perusteista on vielä tarkistamatta lakitekstistä, joten pyydä epäselvässä tilanteessa oikeudellinen arvio.',
    sv: 'Kontrollera före utlämnandet att villkoren nedan uppfylls; en del av grunderna är ännu inte kontrollerade mot lagtexten, så be om en juridisk bedömning om du är osäker.',
    en: 'Before disclosing, check that the conditions listed below are met; part of this basis is not yet verified against the statute text, so ask for a legal assessment if in doubt.',
  },
};
