/**
 * "Who should be at the table": for a planned joint supervision or planning meeting, the authorities
 * whose competence covers the issue areas at hand, ranked, each with the competences that put it
 * there and a plain-language reason (the MOVI planning phase: invite the authorities whose own
 * competence covers the subject).
 */
import { AUTHORITY_CODES, type AuthorityCode } from '../../../contracts/authorities.ts';
import type { LocalizedText } from '../../../contracts/languages.ts';
import { InvalidRequestError, UnknownCodeError } from './competence.errors.ts';
import { ISSUE_AREA_LABELS } from './competence.labels.ts';
import { type Competence, type CompetenceConfig, ISSUE_AREAS, type IssueArea } from './competence.schemas.ts';
import { each, joinList } from './explain.format.ts';

export interface TableQuery {
  issueAreas: IssueArea[];
  /** Sectors of the targets (e.g. `road_transport`); sector-limited competences outside them are left out. */
  sectors?: string[];
}

export interface TableSeat {
  authority: AuthorityCode;
  name: LocalizedText;
  /** The requested issue areas this authority covers. */
  issueAreas: IssueArea[];
  competences: { id: string; kind: Competence['kind']; title: LocalizedText }[];
  score: number;
  why: LocalizedText;
}

const KIND_WEIGHT: Record<Competence['kind'], number> = {
  supervises: 3,
  investigates: 3,
  inspection_power: 2,
  duty: 2,
  assists: 3,
  right_to_obtain: 1,
};

function checkQuery(query: TableQuery): void {
  if (query.issueAreas.length === 0)
    throw new InvalidRequestError('issueAreas', 'at least one issue area is needed');
  for (const area of query.issueAreas) {
    if (!(ISSUE_AREAS as readonly string[]).includes(area)) throw new UnknownCodeError('issueAreas', area);
  }
}

/** Ranks the authorities whose competence covers the issue areas; authorities covering none are left out. */
export function whoShouldBeAtTheTable(config: CompetenceConfig, query: TableQuery): TableSeat[] {
  checkQuery(query);
  const wanted = new Set(query.issueAreas);
  const sectors = new Set(query.sectors ?? []);
  const fitsSector = (c: Competence) =>
    c.sectors.length === 0 || sectors.size === 0 || c.sectors.some((s) => sectors.has(s));

  const seats = config.authorities.flatMap((authority): TableSeat[] => {
    const competences = config.competences.filter(
      (c) => c.authority === authority.code && fitsSector(c) && c.issueAreas.some((a) => wanted.has(a)),
    );
    const viaCompetence = new Set(competences.flatMap((c) => c.issueAreas.filter((a) => wanted.has(a))));
    const viaProfile = authority.supervises.filter((a) => wanted.has(a));
    const covered = query.issueAreas.filter((a) => viaCompetence.has(a) || viaProfile.includes(a));
    if (covered.length === 0) return [];
    const score =
      competences.reduce(
        (sum, c) => sum + KIND_WEIGHT[c.kind] * c.issueAreas.filter((a) => wanted.has(a)).length,
        0,
      ) +
      viaProfile.filter((a) => !viaCompetence.has(a)).length +
      competences.filter((c) => c.sectors.some((s) => sectors.has(s))).length;
    const areaList = (locale: keyof LocalizedText) =>
      joinList(
        covered.map((a) => ISSUE_AREA_LABELS[a][locale]),
        locale,
      );
    const titles = (locale: keyof LocalizedText) => competences.map((c) => c.title[locale]).join('; ');
    const name = authority.name;
    return [
      {
        authority: authority.code,
        name,
        issueAreas: covered,
        competences: competences.map((c) => ({ id: c.id, kind: c.kind, title: c.title })),
        score,
        why: each((locale) => {
          const head = {
            fi: `${name.fi}: toimivalta asioissa ${areaList('fi')}.`,
            sv: `${name.sv}: behörighet i frågor om ${areaList('sv')}.`,
            en: `${name.en}: competent in ${areaList('en')}.`,
          }[locale];
          if (competences.length === 0) return head;
          const lead = { fi: 'Keskeiset toimivaltuudet', sv: 'Viktigaste befogenheter', en: 'Key powers' }[
            locale
          ];
          return `${head} ${lead}: ${titles(locale)}.`;
        }),
      },
    ];
  });

  const order = (code: AuthorityCode) => AUTHORITY_CODES.indexOf(code);
  return seats.sort(
    (a, b) =>
      b.issueAreas.length - a.issueAreas.length ||
      b.score - a.score ||
      order(a.authority) - order(b.authority),
  );
}
