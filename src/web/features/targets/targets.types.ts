/**
 * Shapes of the register API answers the target pages read: the server's own zod schemas, imported
 * as types only, so a change there fails the web type check instead of breaking a page at run time.
 */
import type { z } from 'zod';
import type {
  ZMatchBody,
  ZMatchCandidate,
  ZMerge,
  ZMergeBody,
} from '../../../server/modules/matching/matching.schemas.ts';
import type { ZDisclosureRequest } from '../../../server/modules/register/requests.schemas.ts';
import type { ZHit, ZRecordItem, ZTargetItem } from '../../../server/modules/register/search.schemas.ts';
import type {
  ZCompany,
  ZCompanyInput,
  ZPerson,
  ZPersonInput,
  ZWorksite,
  ZWorksiteInput,
} from '../../../server/modules/register/targets.schemas.ts';
import type { ZImport, ZUploaded } from '../../../server/modules/register-import/import.schemas.ts';
import type { InfoRecord } from '../records/records.types.ts';

export type TargetType = 'company' | 'worksite' | 'person';
export type Company = z.infer<typeof ZCompany>;
export type Worksite = z.infer<typeof ZWorksite>;
export type Person = z.infer<typeof ZPerson>;
export type Target = Company | Worksite | Person;
export type Hit = z.infer<typeof ZHit>;
export type TargetItem = z.infer<typeof ZTargetItem>;
export type RecordItem = z.infer<typeof ZRecordItem>;
export type SearchItem = TargetItem | RecordItem;

export interface SearchResult {
  items: SearchItem[];
  hits: Hit[];
  nextCursor: string | null;
}

export interface ChainNode {
  id: string;
  name: string | null;
  businessId: string | null;
  hidden: boolean;
  depth: number;
}
export interface ChainEdge {
  from: string;
  to: string;
  worksiteId: string | null;
}
export interface Chain {
  nodes: ChainNode[];
  edges: ChainEdge[];
  truncated: boolean;
}

export interface TargetCard {
  target: Target;
  links: {
    company: Company | null;
    worksites: Worksite[];
    people: { person: Person; role: string; permitType: string | null; startedOn: string | null }[];
    companies: { company: Company; role: string; permitType: string | null; startedOn: string | null }[];
  };
  chain: Chain;
  records: InfoRecord[];
  hits: Hit[];
}

export type DisclosureRequest = z.infer<typeof ZDisclosureRequest>;
export type NewCompany = z.input<typeof ZCompanyInput>;
export type NewWorksite = z.input<typeof ZWorksiteInput>;
export type NewPerson = z.input<typeof ZPersonInput>;
export type MatchBody = z.input<typeof ZMatchBody>;
export type MatchCandidate = z.infer<typeof ZMatchCandidate>;
/** One merge of a duplicate company into a survivor, as the merge history lists it. */
export type Merge = z.infer<typeof ZMerge>;
export type MergeBody = z.input<typeof ZMergeBody>;
export type ImportJob = z.infer<typeof ZImport>;
export type UploadedImport = z.infer<typeof ZUploaded>;
export type ImportKind = ImportJob['kind'];
export type ImportMode = 'all_or_nothing' | 'skip_invalid';
