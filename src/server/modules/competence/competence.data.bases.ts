/**
 * The legal citations of the shipped competence map, one constant per provision, taken from
 * ../shared/domain/LEGAL-BASES.md (and FACTS.md §2 where LEGAL-BASES is silent). Source addresses are
 * exactly those given there; `verified: false` where the files say unverified. Rules and competences
 * refer to these constants, so a correction is made once.
 */
import { cite, finlex, t } from './competence.data.text.ts';

const HE198 = 'https://www.eduskunta.fi/valtiopaivaasiakirjat/HE+198/2025';
const SNAPSHOT_NOTE = t(
  'Sanamuoto luettu Finlexin säädöskokoelmasta (tilanne 21.2.2025); myöhemmät muutokset tarkistamatta.',
  'Ordalydelsen läst i Finlex författningssamling (läget 21.2.2025); senare ändringar inte kontrollerade.',
  'Wording read from the Finlex statute book (as of 21.2.2025); later amendments not checked.',
);

/** Citations by provision. Names read `<law>_<section>`. */
export const B = {
  // --- Act 44/2006 (OSH enforcement) — LEGAL-BASES §1
  osh_2: cite('44/2006', '2 §', finlex(2006, 44), {
    verified: false,
    note: t(
      'Lupa- ja valvontaviraston aloittaessa 1.1.2026 muutetun 2 §:n sanamuoto on tarkistamatta (HE 13/2025).',
      'Ordalydelsen i 2 § efter att Tillstånds- och tillsynsverket inledde 1.1.2026 är inte kontrollerad (RP 13/2025).',
      'The wording of 2 § after the Finnish Supervisory Agency started on 1.1.2026 is unverified (HE 13/2025).',
    ),
  }),
  osh_4: cite('44/2006', '4 §', finlex(2006, 44), { validFrom: '2006-02-01' }),
  osh_4b: cite('44/2006', '4 b § 1 mom.', finlex(2021, 920), {
    amendedBy: '920/2021 (HE 94/2021); aiemmin 524/2009, 1418/2016',
    validFrom: '2021-11-15',
    note: SNAPSHOT_NOTE,
  }),
  osh_4c: cite('44/2006', '4 c §', finlex(2016, 1418), { amendedBy: '1418/2016', validFrom: '2017-05-01' }),
  osh_4d_1: cite('44/2006', '4 d § 1 mom. 1 kohta', finlex(2016, 1418), {
    amendedBy: '1418/2016',
    validFrom: '2017-05-01',
  }),
  osh_4d_2: cite('44/2006', '4 d § 1 mom. 2 kohta', finlex(2021, 920), {
    amendedBy: '920/2021',
    validFrom: '2021-11-15',
  }),
  osh_4f: cite('44/2006', '4 f §', finlex(2016, 1418), { amendedBy: '1418/2016', validFrom: '2017-05-01' }),
  osh_10: cite('44/2006', '10 § 2 mom.', finlex(2006, 44), { validFrom: '2006-02-01' }),
  osh_13: cite('44/2006', '13 § 3 mom. 9 kohta', finlex(2023, 336), {
    amendedBy: '336/2023',
    validFrom: '2023-06-01',
  }),
  osh_50: cite('44/2006', '50 § 1 mom.', finlex(2023, 336), {
    amendedBy: '336/2023 (HE 303/2022); ihmiskauppa lisätty 920/2021',
    validFrom: '2023-06-01',
  }),
  osh_50_3: cite('44/2006', '50 § 3 mom.', finlex(2018, 216), {
    amendedBy: '216/2018',
    validFrom: '2018-04-21',
  }),
  he198_osh_4c: cite('HE 198/2025', 'ehdotettu 44/2006 4 c §', HE198),
  he198_tax_18: cite('HE 198/2025', 'ehdotettu 1346/1999 18 § 1 mom. 4 kohta', HE198),
  he198_enforcement: cite('HE 198/2025', 'ehdotettu ulosottokaaren 3 luvun muutos', HE198, {
    verified: false,
    note: t(
      'Päätelmä, että muutos tehdään 3 luvun 72 §:ään, on vahvistamatta esityksen tekstistä.',
      'Slutsatsen att ändringen görs i 3 kap. 72 § är inte bekräftad i propositionens text.',
      'That the change goes into chapter 3, 72 § is an inference, not confirmed in the bill text read.',
    ),
  }),

  // --- 621/1999 (openness) — LEGAL-BASES §1 note, FACTS §2
  openness_4: cite('621/1999', '4 § 1 mom. 1, 4, 7 kohta', finlex(1999, 621), {
    verified: false,
    note: t(
      'Se, että Verohallinto, poliisi, Migri, Tulli ja Rajavartiolaitos ovat 4 §:n valtion viranomaisia, on tulkinta, ei pykälän sanamuoto.',
      'Att Skatteförvaltningen, polisen, Migri, Tullen och Gränsbevakningsväsendet är statliga myndigheter enligt 4 § är en tolkning, inte paragrafens ordalydelse.',
      'That the Tax Administration, police, Migri, Customs and Border Guard are state authorities under 4 § is an interpretation, not the section’s words.',
    ),
  }),
  openness_24: cite('621/1999', '24 §', finlex(1999, 621), {
    verified: false,
    note: t(
      'Yleinen salassapitosäännös; sovellettava kohta on tarkistamatta.',
      'Allmän sekretessbestämmelse; tillämplig punkt inte kontrollerad.',
      'General secrecy provision; the applicable point is unverified.',
    ),
  }),
  openness_29: cite(
    '621/1999',
    '29 §',
    'https://koppa.jyu.fi/avoimet/viesti/julkisuuslaki/viranomainen/viranomaisen-tiedonsaantioikeus/hallituksen-esitys',
    {
      note: t(
        'Salassa pidettävän tiedon saa antaa toiselle viranomaiselle, jos laissa nimenomaisesti säädetään, suojattu henkilö suostuu tai tieto tarvitaan muutoksenhaun tai yksittäisen valvonta- tai tarkastustehtävän hoitamiseen.',
        'Sekretessbelagda uppgifter får lämnas till en annan myndighet om det uttryckligen föreskrivs i lag, den skyddade personen samtycker eller uppgiften behövs för ändringssökande eller ett enskilt tillsyns- eller inspektionsuppdrag.',
        'Secret information may be given to another authority where an Act expressly provides for it, the protected person consents, or it is needed for an appeal or an individual supervision or inspection task.',
      ),
    },
  ),

  // --- Aliens Act 301/2004 — LEGAL-BASES §4
  aliens_81a: cite('301/2004', '81 a § 5 mom.', finlex(2023, 216), {
    amendedBy: '216/2023',
    validFrom: '2023-02-23',
  }),
  aliens_82: cite('301/2004', '82 §', finlex(2023, 216), { amendedBy: '216/2023', validFrom: '2023-02-23' }),
  aliens_82_2: cite('301/2004', '82 § 2 mom.', finlex(2023, 389), {
    amendedBy: '389/2023 (HE 207/2022)',
    validFrom: '2025-01-01',
  }),
  aliens_83: cite('301/2004', '83 §', finlex(2023, 389), { amendedBy: '389/2023', validFrom: '2025-01-01' }),
  aliens_85_2: cite('301/2004', '85 § 2 mom.', finlex(2023, 216), {
    amendedBy: '216/2023 (HE 114/2022)',
    validFrom: '2023-02-23',
  }),
  aliens_85_4: cite('301/2004', '85 § 4 mom.', finlex(2023, 216), {
    amendedBy: '216/2023',
    validFrom: '2023-02-23',
  }),

  // --- 615/2020 (immigration administration data) — LEGAL-BASES §4
  migri_11: cite('615/2020', '11 §', finlex(2020, 615), {
    amendedBy: '1 mom. 391/2023, 683/2023, 227/2024',
    validFrom: '2020-09-01',
  }),
  migri_13_1: cite('615/2020', '13 § 1 mom.', finlex(2024, 227), {
    amendedBy: '227/2024',
    validFrom: '2024-05-13',
  }),
  migri_13_4_3: cite('615/2020', '13 § 4 mom. 3 kohta', finlex(2020, 615), { validFrom: '2020-09-01' }),
  migri_13_4_6: cite('615/2020', '13 § 4 mom. 6 kohta', finlex(2020, 615), { validFrom: '2020-09-01' }),

  // --- Act 1207/2010 (GEIU) — LEGAL-BASES §2
  geiu_1: cite('1207/2010', '1 §', finlex(2010, 1207), { validFrom: '2011-01-01' }),
  geiu_3: cite('1207/2010', '3 §', finlex(2010, 1207), { validFrom: '2011-01-01' }),
  geiu_3_bill: cite('HE 163/2010', 'perustelut, 3 §', 'http://www.edilex.fi/virallistieto/he/20100163', {
    status: 'in_force',
    note: t(
      'Lain esitöiden mukaan valmis ilmiöselvitys on julkinen.',
      'Enligt lagens förarbeten är en färdig fenomenutredning offentlig.',
      'According to the bill, a finished phenomenon report is public.',
    ),
  }),
  geiu_4: cite('1207/2010', '4 §', finlex(2012, 252), { amendedBy: '252/2012', validFrom: '2012-06-01' }),
  geiu_5: cite('1207/2010', '5 §', finlex(2010, 1207), { validFrom: '2011-01-01' }),
  geiu_6_1: cite('1207/2010', '6 § 1 mom. 1 kohta', finlex(2016, 308), { amendedBy: '308/2016' }),
  geiu_6_2: cite('1207/2010', '6 § 1 mom. 2 kohta', finlex(2016, 308), { amendedBy: '308/2016' }),
  geiu_6_3: cite('1207/2010', '6 § 1 mom. 3 kohta', finlex(2016, 308), { amendedBy: '308/2016' }),
  geiu_6_8: cite('1207/2010', '6 § 1 mom. 8 kohta', finlex(2016, 308), { amendedBy: '308/2016' }),
  geiu_6_10: cite('1207/2010', '6 § 1 mom. 10 kohta', finlex(2016, 308), { amendedBy: '308/2016' }),
  geiu_6_11: cite('1207/2010', '6 § 1 mom. 11 kohta', finlex(2021, 690), {
    amendedBy: '690/2021 (HE 61/2021)',
    validFrom: '2021-08-01',
  }),
  geiu_6_19: cite('1207/2010', '6 § 1 mom. 19 kohta', finlex(2016, 1419), {
    amendedBy: '1419/2016 (HE 114/2016)',
    validFrom: '2017-01-01',
  }),
  geiu_6_27: cite('1207/2010', '6 § 1 mom. 27 kohta', finlex(2020, 1264), {
    amendedBy: '1264/2020 (HE 200/2020)',
    validFrom: '2021-01-01',
  }),
  geiu_11: cite('1207/2010', '11 §', finlex(2010, 1207), { validFrom: '2011-01-01' }),
  geiu_13: cite('1207/2010', '13 §', finlex(2010, 1207), { validFrom: '2011-01-01' }),
  he183: cite(
    'HE 183/2025',
    'ehdotettu 1207/2010 6 §',
    'https://www.eduskunta.fi/valtiopaivaasiakirjat/HE+183/2025',
    {
      verified: false,
      note: t(
        'Luettu ote katkesi: rangaistusmaksimia ja organisaatioyhteyttä koskevien ehtojen uusi muoto on tarkistamatta.',
        'Utdraget som lästes var avbrutet: den nya formen av villkoren om maximistraff och organisationsanknytning är inte kontrollerad.',
        'The excerpt read was cut off: the new form of the maximum-penalty and organisation-link conditions is unverified.',
      ),
    },
  ),

  // --- Act 1346/1999 (tax information) — LEGAL-BASES §3
  tax_4: cite('1346/1999', '4 §', finlex(2014, 793), { amendedBy: '793/2014', validFrom: '2014-12-01' }),
  tax_17a: cite('1346/1999', '17 a § 1 mom. 3 kohta', finlex(2021, 475), {
    amendedBy: '475/2021',
    validFrom: '2022-07-01',
  }),
  tax_18_1_2: cite('1346/1999', '18 § 1 mom. 2 kohta', finlex(2006, 1108), {
    amendedBy: '1108/2006',
    validFrom: '2007-01-01',
  }),
  tax_18_1_3: cite('1346/1999', '18 § 1 mom. 3 kohta', finlex(2006, 1108), {
    amendedBy: '1108/2006',
    validFrom: '2007-01-01',
  }),
  tax_18_1_4: cite('1346/1999', '18 § 1 mom. 4 kohta', finlex(2009, 525), {
    amendedBy: '525/2009 (HE 50/2009)',
    validFrom: '2009-09-01',
  }),
  tax_18_2: cite('1346/1999', '18 § 2 mom.', finlex(2008, 259), {
    amendedBy: '259/2008',
    validFrom: '2008-05-01',
  }),
  tax_19: cite('1346/1999', '19 §', finlex(1999, 1346), { validFrom: '2000-01-01' }),
  tax_20_1: cite('1346/1999', '20 § 1 kohta', finlex(1999, 1346), { validFrom: '2000-01-01' }),
  tyel_206: cite('395/2006', '206 § 1 mom. 4 kohta', finlex(2019, 1468), {
    amendedBy: '1468/2019 (ensin 526/2009, HE 50/2009)',
    validFrom: '2020-01-01',
  }),

  // --- Incomes Register 53/2018 13 § — LEGAL-BASES §8
  ir_13_2_6: cite('53/2018', '13 § 1 mom. 2–6 kohta', finlex(2018, 53)),
  ir_13_21: cite('53/2018', '13 § 1 mom. 21 kohta', finlex(2021, 922), {
    amendedBy: '922/2021 (HE 94/2021)',
    validFrom: '2021-11-15',
  }),
  ir_13_24: cite('53/2018', '13 § 1 mom. 24 kohta', finlex(2022, 940), {
    amendedBy: '940/2022',
    validFrom: '2023-01-01',
  }),
  ir_13_26: cite('53/2018', '13 § 1 mom. 26 kohta', finlex(2022, 940), {
    amendedBy: '940/2022',
    validFrom: '2023-01-01',
  }),
  ir_13_27: cite('53/2018', '13 § 1 mom. 27 kohta', finlex(2022, 940), {
    amendedBy: '940/2022',
    validFrom: '2023-01-01',
  }),
  ir_13_28: cite('53/2018', '13 § 1 mom. 28 kohta', finlex(2022, 940), {
    amendedBy: '940/2022',
    validFrom: '2023-01-01',
  }),
  ir_13_29: cite('53/2018', '13 § 1 mom. 29 kohta', finlex(2022, 940), {
    amendedBy: '940/2022',
    validFrom: '2023-01-01',
  }),

  // --- Police: 872/2011 and 616/2019 — LEGAL-BASES §6
  police_4_2: cite('872/2011', '4 luku 2 § 1 mom.', finlex(2011, 872), { validFrom: '2014-01-01' }),
  police_4_3: cite('872/2011', '4 luku 3 § 1 mom.', finlex(2011, 872), { validFrom: '2014-01-01' }),
  pdata_21: cite('616/2019', '21 §', finlex(2019, 616), { validFrom: '2019-06-01' }),
  pdata_22_9: cite('616/2019', '22 § 1 mom. 9 kohta', finlex(2019, 616), { validFrom: '2019-06-01' }),
  pdata_22_11: cite('616/2019', '22 § 1 mom. 11 kohta', finlex(2019, 616), { validFrom: '2019-06-01' }),
  pdata_22_15: cite('616/2019', '22 § 1 mom. 15 kohta', finlex(2019, 616), { validFrom: '2019-06-01' }),
  pdata_22_3: cite('616/2019', '22 § 3 mom.', finlex(2019, 616), { validFrom: '2019-06-01' }),
  he182: cite(
    'HE 182/2025',
    'ehdotettu poliisilaki ja 616/2019',
    'https://www.eduskunta.fi/FI/vaski/HallituksenEsitys/Sivut/HE_182+2025.aspx',
  ),

  // --- Enforcement Code 705/2007 ch. 3 — LEGAL-BASES §7
  enf_3_70_1: cite('705/2007', '3 luku 70 § 1 kohta', finlex(2020, 340), {
    amendedBy: '340/2020',
    validFrom: '2020-06-01',
  }),
  enf_3_70_6: cite('705/2007', '3 luku 70 § 6 kohta', finlex(2007, 705)),
  enf_3_71: cite('705/2007', '3 luku 71 §', finlex(2020, 340), {
    amendedBy: '340/2020',
    validFrom: '2020-06-01',
  }),
  enf_3_72_1: cite('705/2007', '3 luku 72 § 1 mom.', finlex(2020, 340), {
    amendedBy: '340/2020',
    validFrom: '2020-06-01',
  }),
  enf_3_72_3: cite('705/2007', '3 luku 72 § 3 mom.', finlex(2020, 340), {
    amendedBy: '340/2020',
    validFrom: '2020-06-01',
  }),

  // --- Act 746/2011 (reception; THB victims) — LEGAL-BASES §5
  victims_33: cite('746/2011', '33 §', finlex(2022, 1294), {
    amendedBy: '1294/2022',
    validFrom: '2023-01-01',
  }),
  victims_35: cite('746/2011', '34–35 §', finlex(2022, 1294), {
    amendedBy: '1294/2022',
    validFrom: '2023-01-01',
  }),
  victims_37: cite('746/2011', '37 §', finlex(2015, 388), { amendedBy: '388/2015', validFrom: '2015-07-01' }),
  victims_38a: cite('746/2011', '38 a § 2 mom.', finlex(2015, 388), {
    amendedBy: '388/2015',
    validFrom: '2015-07-01',
  }),
  victims_38d: cite('746/2011', '38 d §', finlex(2022, 1294), {
    amendedBy: '1294/2022',
    validFrom: '2023-01-01',
  }),
  victims_58: cite('746/2011', '58 § 1 mom.', finlex(2022, 1294), {
    amendedBy: '1294/2022',
    validFrom: '2023-01-01',
  }),

  // --- Crime-prevention acts and the Criminal Code — LEGAL-BASES §10
  border_crime: cite('108/2018', 'koko laki', finlex(2018, 108), { validFrom: '2018-04-01' }),
  customs_crime: cite('623/2015', 'koko laki', finlex(2015, 623), { validFrom: '2015-06-01' }),
  rl_47_6: cite('39/1889', '47 luku 6 §', finlex(2023, 423), {
    amendedBy: '423/2023 (HE 207/2022)',
    validFrom: '2025-01-01',
  }),
} as const;
