/**
 * The new-target forms as data: values per type, the request body they make, and the question for
 * entity matching — asked only once enough is typed to be worth it. Pure, so tested directly.
 */
import type { MatchBody, NewCompany, NewPerson, NewWorksite, TargetType } from '../targets.types.ts';

export interface TargetFormValues {
  businessId: string;
  name: string;
  legalForm: string;
  tolCode: string;
  streetAddress: string;
  postalCode: string;
  municipality: string;
  status: string;
  siteType: string;
  givenName: string;
  familyName: string;
  nationality: string;
  birthYear: string;
  under18: boolean;
  roles: string[];
  classification: 'public' | 'restricted' | 'secret';
}

export const EMPTY_TARGET: TargetFormValues = {
  businessId: '',
  name: '',
  legalForm: '',
  tolCode: '',
  streetAddress: '',
  postalCode: '',
  municipality: '',
  status: 'active',
  siteType: 'other',
  givenName: '',
  familyName: '',
  nationality: '',
  birthYear: '',
  under18: false,
  roles: [],
  classification: 'public',
};

/** Persons default to restricted (personal data), companies and worksites to public (base data). */
export function initialValues(type: TargetType): TargetFormValues {
  return { ...EMPTY_TARGET, classification: type === 'person' ? 'restricted' : 'public' };
}

const optional = (value: string) => (value.trim() ? value.trim() : null);

export function toCompany(v: TargetFormValues): NewCompany {
  return {
    businessId: v.businessId.trim(),
    name: v.name.trim(),
    legalForm: optional(v.legalForm),
    tolCode: optional(v.tolCode),
    streetAddress: optional(v.streetAddress),
    postalCode: optional(v.postalCode),
    municipality: optional(v.municipality),
    status: v.status as NewCompany['status'],
    classification: v.classification,
  };
}

export function toWorksite(v: TargetFormValues, companyId: string | null): NewWorksite {
  return {
    name: v.name.trim(),
    companyId,
    streetAddress: optional(v.streetAddress),
    postalCode: optional(v.postalCode),
    municipality: optional(v.municipality),
    siteType: v.siteType as NewWorksite['siteType'],
    classification: v.classification,
  };
}

export function toPerson(v: TargetFormValues): NewPerson {
  const year = Number(v.birthYear.trim());
  return {
    givenName: v.givenName.trim(),
    familyName: v.familyName.trim(),
    nationality: optional(v.nationality.toUpperCase()),
    birthYear: v.birthYear.trim() && Number.isInteger(year) ? year : null,
    under18: v.under18,
    roles: v.roles as NewPerson['roles'],
    // A minor is never public: the server refuses it, the form never asks.
    classification: v.under18 && v.classification === 'public' ? 'restricted' : v.classification,
  };
}

/**
 * What to ask the matcher, or null when too little is typed: a company needs 3+ letters of its name
 * or a complete business ID; a person a given and a family name; a worksite 5+ characters of address.
 */
export function matchQuestion(type: TargetType, v: TargetFormValues): MatchBody | null {
  if (type === 'company') {
    const name = v.name.trim();
    const businessId = v.businessId.trim();
    const idComplete = /^\d{7}-\d$/.test(businessId);
    if (name.length < 3 && !idComplete) return null;
    return {
      type: 'company',
      name: name.length >= 1 ? name : businessId,
      ...(idComplete ? { businessId } : {}),
      ...(v.streetAddress.trim() ? { address: v.streetAddress.trim() } : {}),
      ...(v.postalCode.trim() ? { postalCode: v.postalCode.trim() } : {}),
      ...(v.municipality.trim() ? { municipality: v.municipality.trim() } : {}),
      limit: 5,
    };
  }
  if (type === 'person') {
    const name = `${v.givenName.trim()} ${v.familyName.trim()}`.trim();
    if (!v.givenName.trim() || v.familyName.trim().length < 2) return null;
    const year = Number(v.birthYear);
    return {
      type: 'person',
      name,
      ...(/^\d{4}$/.test(v.birthYear.trim()) ? { birthYear: year } : {}),
      limit: 5,
    };
  }
  const address = v.streetAddress.trim();
  if (address.length < 5) return null;
  return {
    type: 'worksite',
    address,
    ...(v.postalCode.trim() ? { postalCode: v.postalCode.trim() } : {}),
    ...(v.municipality.trim() ? { municipality: v.municipality.trim() } : {}),
    limit: 5,
  };
}
