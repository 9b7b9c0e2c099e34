/**
 * The authority × authority matrix for one data category, purpose and initiative: every cell is the
 * engine's own decision for that pair (never a second copy of the rules), reduced to what a coloured
 * grid needs — the mode, the rules relied on and a short citation to link to.
 */
import type { AuthorityCode } from '../../../contracts/authorities.ts';
import type { CompetenceConfig } from './competence.schemas.ts';
import { decideDisclosure } from './engine.ts';
import type { DecisionMode, Initiative, RuleRef } from './engine.types.ts';

export interface MatrixQuery {
  category: string;
  purpose: string;
  initiative: Initiative;
  /** `YYYY-MM-DD`; default today in Finland. */
  at?: string;
}

export interface MatrixCell {
  from: AuthorityCode;
  to: AuthorityCode;
  mode: DecisionMode;
  allowed: boolean;
  ruleIds: RuleRef[];
  /** Short citations of the bases relied on, e.g. `44/2006 50 § 1 mom.; 301/2004 85 § 2 mom.`. */
  legalBasis: string;
  unverified: boolean;
  /** A proposed rule (government bill) would cover this cell; it allows nothing yet. */
  proposedOnly: boolean;
}

export interface DisclosureMatrix {
  category: string;
  purpose: string;
  initiative: Initiative;
  at: string;
  /** Row and column order: the configuration's authorities. */
  authorities: AuthorityCode[];
  /** The authorities holding the category (rows that can disclose at all). */
  holders: AuthorityCode[];
  /** Row-major: every `from` × every `to`. */
  cells: MatrixCell[];
}

/** Decides every from × to pair; unknown codes throw the engine's errors. */
export function buildDisclosureMatrix(config: CompetenceConfig, query: MatrixQuery): DisclosureMatrix {
  const authorities = config.authorities.map((a) => a.code);
  let at = query.at;
  const cells = authorities.flatMap((from) =>
    authorities.map((to): MatrixCell => {
      const decision = decideDisclosure(config, {
        from,
        to,
        categories: [query.category],
        purpose: query.purpose,
        initiative: query.initiative,
        ...(at === undefined ? {} : { at }),
      });
      at = decision.at; // every cell on the same day, even across midnight
      return {
        from,
        to,
        mode: decision.mode,
        allowed: decision.allowed,
        ruleIds: decision.ruleVersions,
        legalBasis: decision.legalBases.map((b) => `${b.lawNumber} ${b.section}`).join('; '),
        unverified: decision.unverified,
        proposedOnly: decision.proposedOnly.length > 0,
      };
    }),
  );
  const holders = config.categories.find((c) => c.code === query.category)?.holder ?? [];
  return {
    category: query.category,
    purpose: query.purpose,
    initiative: query.initiative,
    at: at ?? '',
    authorities,
    holders: authorities.filter((a) => holders.includes(a)),
    cells,
  };
}
