/**
 * The supervision plan as a PDF for those who work on paper: exactly the plan the reader may see
 * (getPlan's per-reader assembly — nothing more), every section in the seed's order, the target cards
 * and action plans, the classification marking at the top of every page, and on every page the
 * reference, version, approval date and page number. Noto Sans is embedded (the posters' fonts), with
 * per-character font fallback, so Finnish, Swedish, Cyrillic and Vietnamese names print as written.
 */
import PDFDocument from 'pdfkit';
import type { UiLocale } from '../../../contracts/languages.ts';
import { type FontFace, fontStack } from '../worker-content/poster/fonts.ts';
import { splitRuns, wrap } from '../worker-content/poster/text-layout.ts';
import type { TPlan, TTargetCard } from './plan.schemas.ts';

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = { x: 56, top: 72, bottom: 64 };
const WIDTH = A4.width - 2 * MARGIN.x;
const INK = '#1a1a1a';
const MUTED = '#555555';
const MARK = '#a4161a';

type L = Record<UiLocale, string>;
const L10N = {
  title: { fi: 'Valvontasuunnitelma', sv: 'Tillsynsplan', en: 'Supervision plan' },
  goal: { fi: '1. Valvonnan tavoite', sv: '1. Tillsynens mål', en: '1. Goal of supervision' },
  organisation: {
    fi: '2. Organisaatio ja johtamisjärjestelmä',
    sv: '2. Organisation och ledningssystem',
    en: '2. Organisation and command system',
  },
  responsibilities: {
    fi: '3. Vastuut ja tehtävät',
    sv: '3. Ansvar och uppgifter',
    en: '3. Responsibilities and tasks',
  },
  occupational_safety: { fi: '4. Työturvallisuus', sv: '4. Arbetarskydd', en: '4. Occupational safety' },
  cards: { fi: '5. Kohdekortit', sv: '5. Objektkort', en: '5. Target cards' },
  actions: {
    fi: '6. Toimintasuunnitelma kohteissa',
    sv: '6. Handlingsplan vid objekten',
    en: '6. Action plan at the targets',
  },
  interpretation: { fi: '7. Tulkkauskäytäntö', sv: '7. Tolkningspraxis', en: '7. Interpretation practice' },
  reference: { fi: 'Tunnus', sv: 'Beteckning', en: 'Reference' },
  version: { fi: 'Versio', sv: 'Version', en: 'Version' },
  approved: { fi: 'Hyväksytty', sv: 'Godkänd', en: 'Approved' },
  notApproved: { fi: 'ei hyväksytty (luonnos)', sv: 'inte godkänd (utkast)', en: 'not approved (draft)' },
  unsaved: { fi: 'tallentamaton esitäyttö', sv: 'osparad förifyllning', en: 'unsaved pre-fill' },
  page: { fi: 'Sivu {n}/{of}', sv: 'Sida {n}/{of}', en: 'Page {n} of {of}' },
  printedFor: {
    fi: 'Tulostettu viranomaiselle {authority} {date}; sisältää vain sen, mitä lukijalla on oikeus nähdä.',
    sv: 'Utskriven för {authority} {date}; innehåller endast det som läsaren har rätt att se.',
    en: 'Printed for {authority} on {date}; holds only what the reader may see.',
  },
  hiddenTarget: {
    fi: 'Kohde, jonka tietoja et voi nähdä',
    sv: 'Objekt vars uppgifter du inte kan se',
    en: 'A target whose details you may not see',
  },
  address: { fi: 'Osoite', sv: 'Adress', en: 'Address' },
  worksite: { fi: 'Työmaa', sv: 'Arbetsplats', en: 'Worksite' },
  businessId: { fi: 'Y-tunnus', sv: 'FO-nummer', en: 'Business ID' },
  score: { fi: 'Riskipisteet', sv: 'Riskpoäng', en: 'Risk score' },
  rationale: { fi: 'Valinnan perustelu', sv: 'Motivering för urvalet', en: 'Selection rationale' },
  workers: {
    fi: 'Näkyvissä olevat työntekijät: {n}',
    sv: 'Synliga arbetstagare: {n}',
    en: 'Workers visible to you: {n}',
  },
  records: { fi: 'Kirjaukset', sv: 'Anteckningar', en: 'Records' },
  hit: {
    fi: '{authority}: {count} kirjausta, joita et voi nähdä ({categories})',
    sv: '{authority}: {count} anteckningar som du inte kan se ({categories})',
    en: '{authority} holds {count} records you may not see ({categories})',
  },
  languages: { fi: 'Tulkkauskielet', sv: 'Tolkningsspråk', en: 'Interpretation languages' },
  none: { fi: '—', sv: '—', en: '—' },
  classification: {
    public: { fi: 'JULKINEN', sv: 'OFFENTLIG', en: 'PUBLIC' },
    restricted: { fi: 'EI JULKINEN', sv: 'INTE OFFENTLIG', en: 'RESTRICTED' },
    secret: { fi: 'SALASSA PIDETTÄVÄ', sv: 'SEKRETESSBELAGD', en: 'SECRET' },
  },
} satisfies Record<string, L | Record<string, L>>;

const fill = (text: string, vars: Record<string, string | number>) =>
  Object.entries(vars).reduce((s, [k, v]) => s.replaceAll(`{${k}}`, String(v)), text);

interface Style {
  size: number;
  weight: 400 | 700;
  color?: string;
  indent?: number;
  after?: number;
}

/** Left-aligned paragraphs with font fallback and page breaks. */
class Writer {
  private readonly registered = new Set<string>();
  y = MARGIN.top;

  constructor(private readonly doc: PDFKit.PDFDocument) {}

  private use(face: FontFace, size: number): PDFKit.PDFDocument {
    if (!this.registered.has(face.name)) {
      this.doc.registerFont(face.name, face.load());
      this.registered.add(face.name);
    }
    return this.doc.font(face.name).fontSize(size);
  }

  /** Draws one line at (x, baseline), switching fonts where the characters need it. */
  line(text: string, x: number, baseline: number, style: Style): number {
    const stack = fontStack(style.weight);
    const runs = splitRuns(text, stack.length, (i, cp) => stack[i]!.covers(cp)) ?? [
      { text: text.replace(/[^\u0020-\u00ff]/g, '?'), font: 0 },
    ];
    let at = x;
    for (const run of runs) {
      const font = this.use(stack[run.font]!, style.size);
      font
        .fillColor(style.color ?? INK)
        .text(run.text, at, baseline, { lineBreak: false, baseline: 'alphabetic' });
      at += font.widthOfString(run.text);
    }
    return at - x;
  }

  measure(text: string, style: Style): number {
    const stack = fontStack(style.weight);
    const runs = splitRuns(text, stack.length, (i, cp) => stack[i]!.covers(cp)) ?? [{ text, font: 0 }];
    return runs.reduce((sum, r) => sum + this.use(stack[r.font]!, style.size).widthOfString(r.text), 0);
  }

  /** A paragraph (blank lines in `text` start new paragraphs); breaks pages as needed. */
  paragraph(text: string, style: Style): void {
    const indent = style.indent ?? 0;
    const width = WIDTH - indent;
    const lineHeight = style.size * 1.4;
    const space = this.measure(' ', style);
    for (const source of text.split('\n')) {
      // Leading spaces (the pre-fill's nesting) become indentation.
      const extra = Math.min(4, source.length - source.trimStart().length) * 4;
      const lines = source.trim() ? wrap(source, width - extra, (w) => this.measure(w, style), space) : [[]];
      for (const words of lines) {
        if (this.y + lineHeight > A4.height - MARGIN.bottom) this.newPage();
        this.line(words.join(' '), MARGIN.x + indent + extra, this.y + style.size, style);
        this.y += lineHeight;
      }
    }
    this.y += style.after ?? 6;
  }

  heading(text: string, size = 14): void {
    if (this.y + size * 4 > A4.height - MARGIN.bottom) this.newPage();
    this.y += 6;
    this.paragraph(text, { size, weight: 700, after: 4 });
  }

  newPage(): void {
    this.doc.addPage({ size: 'A4', margin: 0 });
    this.y = MARGIN.top;
  }
}

function card(w: Writer, c: TTargetCard, locale: UiLocale, authorityName: (code: string) => string) {
  const label = c.hidden ? L10N.hiddenTarget[locale] : (c.name ?? '');
  w.heading(`${c.position}. ${label}`, 12);
  const facts: string[] = [];
  if (c.businessId) facts.push(`${L10N.businessId[locale]}: ${c.businessId}`);
  if (c.address || c.municipality)
    facts.push(`${L10N.address[locale]}: ${placeLine(c.address, c.municipality)}`);
  if (c.worksite)
    facts.push(
      `${L10N.worksite[locale]}: ${[c.worksite.name, placeLine(c.worksite.address, c.worksite.municipality)].filter(Boolean).join(', ')}`,
    );
  if (c.score !== null) facts.push(`${L10N.score[locale]}: ${c.score.toFixed(1)}`);
  if (c.rationale.trim()) facts.push(`${L10N.rationale[locale]}: ${c.rationale.trim()}`);
  facts.push(fill(L10N.workers[locale], { n: c.employees.visible }));
  if (c.employees.nationalities.length)
    facts.push(c.employees.nationalities.map((n) => `${n.nationality} ${n.persons}`).join(', '));
  w.paragraph(facts.join('\n'), { size: 10, weight: 400, indent: 12 });
  if (c.records.length) {
    w.paragraph(`${L10N.records[locale]}:`, { size: 10, weight: 700, indent: 12, after: 2 });
    w.paragraph(
      c.records
        .map((r) => `- ${r.createdAt.slice(0, 10)} ${authorityName(r.ownerAuthority)}: ${r.title}`)
        .join('\n'),
      { size: 10, weight: 400, indent: 12 },
    );
  }
  for (const h of c.hits)
    w.paragraph(
      fill(L10N.hit[locale], {
        authority: authorityName(h.authority),
        count: h.count,
        categories: h.categories.join(', ') || L10N.none[locale],
      }),
      { size: 10, weight: 400, indent: 12, color: MUTED },
    );
}

/** Renders the plan as the reader sees it; resolves with the PDF bytes. */

/** "street, postal code" and the municipality as one line: "Peltotie 4, 52700 Mäntyharju". */
const placeLine = (address: string | null, municipality: string | null) =>
  !address || !municipality
    ? (address ?? municipality ?? '')
    : /\b\d{5}$/.test(address)
      ? `${address} ${municipality}`
      : `${address}, ${municipality}`;

export async function renderPlanPdf(
  plan: TPlan,
  options: { locale: UiLocale; authorityName: (code: string) => string; printedAt: Date },
): Promise<Buffer> {
  const { locale, authorityName } = options;
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    bufferPages: true,
    lang: locale,
    info: { Title: `${L10N.title[locale]} — ${plan.reference}`, Creator: 'Silta' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const w = new Writer(doc);
  const approval =
    plan.status === 'unsaved'
      ? L10N.unsaved[locale]
      : plan.approvedAt
        ? `${L10N.approved[locale]} ${plan.approvedAt.slice(0, 10)}`
        : L10N.notApproved[locale];

  w.paragraph(L10N.title[locale], { size: 22, weight: 700, after: 2 });
  w.paragraph(plan.title, { size: 15, weight: 400, after: 8 });
  w.paragraph(
    [
      `${L10N.reference[locale]}: ${plan.reference}`,
      `${L10N.version[locale]}: ${plan.version ?? '—'} · ${approval}`,
      fill(L10N.printedFor[locale], {
        authority: authorityName(plan.you.authority),
        date: options.printedAt.toISOString().slice(0, 10),
      }),
    ].join('\n'),
    { size: 10, weight: 400, color: MUTED, after: 10 },
  );
  const body: Style = { size: 10.5, weight: 400 };
  for (const key of ['goal', 'organisation', 'responsibilities', 'occupational_safety'] as const) {
    w.heading(L10N[key][locale]);
    w.paragraph(plan.sections[key].trim() || L10N.none[locale], body);
  }
  w.heading(L10N.cards[locale]);
  for (const c of plan.targets) card(w, c, locale, authorityName);
  w.heading(L10N.actions[locale]);
  for (const c of plan.targets) {
    w.paragraph(`${c.position}. ${c.hidden ? L10N.hiddenTarget[locale] : c.name}`, {
      size: 11,
      weight: 700,
      after: 2,
    });
    w.paragraph(c.actionPlan.trim() || L10N.none[locale], { ...body, indent: 12 });
  }
  w.heading(L10N.interpretation[locale]);
  w.paragraph(plan.sections.interpretation.trim() || L10N.none[locale], body);
  for (const c of plan.targets)
    w.paragraph(
      `${c.position}. ${c.hidden ? L10N.hiddenTarget[locale] : c.name} — ${L10N.languages[locale]}: ${c.interpretation.join(', ') || L10N.none[locale]}`,
      { ...body, indent: 12, after: 2 },
    );

  // Marking and footer on every page, now that the page count is known.
  const range = doc.bufferedPageRange();
  const marking =
    L10N.classification[plan.classification as 'public' | 'restricted' | 'secret'] ??
    L10N.classification.restricted;
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const mark = marking[locale];
    const markStyle: Style = { size: 10, weight: 700, color: MARK };
    w.line(mark, (A4.width - w.measure(mark, markStyle)) / 2, 36, markStyle);
    const footer = [
      plan.reference,
      `${L10N.version[locale]} ${plan.version ?? '—'}`,
      approval,
      fill(L10N.page[locale], { n: i + 1, of: range.count }),
    ].join(' · ');
    w.line(footer, MARGIN.x, A4.height - 36, { size: 8.5, weight: 400, color: MUTED });
    const small: Style = { size: 8.5, weight: 700, color: MARK };
    w.line(mark, A4.width - MARGIN.x - w.measure(mark, small), A4.height - 36, small);
  }
  doc.end();
  return done;
}
