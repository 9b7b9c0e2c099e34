/** What the import page calls things: the kinds of import, the target fields, "not mapped". */
import { useT } from '../../../i18n/I18nProvider.tsx';
import type { MessageKey } from '../../../i18n/messages.ts';
import type { ImportKind } from '../targets.types.ts';

export const IMPORT_KINDS: ImportKind[] = ['companies', 'worksites', 'observations'];

export const KIND_TEXT: Record<ImportKind, MessageKey> = {
  companies: 'targets.import.kind.companies',
  worksites: 'targets.import.kind.worksites',
  observations: 'targets.import.kind.observations',
};

const FIELD_TEXT: Record<string, MessageKey> = {
  businessId: 'targets.field.businessId',
  name: 'targets.field.name',
  legalForm: 'targets.field.legalForm',
  tolCode: 'targets.field.tol',
  municipality: 'targets.field.municipality',
  streetAddress: 'targets.field.streetAddress',
  postalCode: 'targets.field.postalCode',
  status: 'targets.field.status',
  foundedOn: 'targets.field.foundedOn',
  employeeCount: 'targets.field.employees',
  companyBusinessId: 'targets.import.f.companyBusinessId',
  companyName: 'targets.import.f.companyName',
  siteType: 'targets.field.siteType',
  lat: 'targets.import.f.lat',
  lon: 'targets.import.f.lon',
  observedOn: 'targets.import.f.observedOn',
  title: 'targets.import.f.title',
  body: 'targets.import.f.body',
  categories: 'targets.import.f.categories',
};

/** The dropdown value for a field left without a column. */
export const NOT_MAPPED = '-';

/** A field's label in the user's language; a field the UI does not know keeps its key. */
export function useFieldLabel(): (key: string) => string {
  const t = useT();
  return (key) => {
    const label = FIELD_TEXT[key];
    return label ? t(label) : key;
  };
}
