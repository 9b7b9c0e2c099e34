/**
 * The worksite form's company picker as data: when a typed text is worth searching, and which search
 * items are companies to offer. Pure, so tested directly; CompanyPicker.tsx draws it.
 */
import type { SearchItem, TargetItem } from '../targets.types.ts';

/** How many companies the picker offers at once. */
export const PICKER_LIMIT = 8;

/** A company the user picked: what the form sends (its id) and what it shows. */
export interface PickedCompany {
  id: string;
  name: string;
  businessId: string | null;
  municipality: string | null;
}

/** The search text, or null under the search API's two characters. */
export function pickerQuery(text: string): string | null {
  const q = text.trim();
  return q.length >= 2 ? q : null;
}

/** The companies among a search's items, as the picker offers them. */
export function companyChoices(items: readonly SearchItem[]): PickedCompany[] {
  return items
    .filter((item): item is TargetItem => item.kind === 'target' && item.type === 'company')
    .map(({ id, name, businessId, municipality }) => ({ id, name, businessId, municipality }));
}
