import { describe, expect, it } from 'vitest';
import type { Company, MatchCandidate, Merge } from '../targets.types.ts';
import { companiesNamed, duplicateCandidates, duplicateQuestion, mergeHistory } from './merge.ts';

const company: Company = {
  type: 'company',
  id: 'c1',
  businessId: '0112038-9',
  name: 'Kavilan Rakennus Oy',
  formerNames: [],
  auxiliaryNames: [],
  legalForm: 'Oy',
  tolCode: null,
  municipality: 'Kitee',
  streetAddress: 'Tehtaantie 5',
  postalCode: '82500',
  status: 'active',
  foundedOn: null,
  employeeCount: null,
  foreignOwned: false,
  ownerAuthority: 'police',
  classification: 'public',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  canEdit: true,
};

const candidate = (id: string, type: MatchCandidate['type'] = 'company'): MatchCandidate => ({
  id,
  type,
  name: id,
  businessId: null,
  address: null,
  municipality: null,
  score: 0.9,
  confidence: 'possible',
  components: {},
});

const merge = (
  id: string,
  survivorId: string,
  duplicateId: string,
  splitAt: string | null = null,
): Merge => ({
  id,
  survivorId,
  duplicateId,
  namesAdded: { former: [], auxiliary: [] },
  moved: { records: 0, worksites: 0, employments: 0, subcontracts: 0 },
  reason: null,
  authority: 'police',
  mergedAt: '2026-02-01T00:00:00.000Z',
  splitAt,
});

describe('merging duplicates on the card', () => {
  it('asks the matcher by the company itself, by a typed name, or by a typed business ID', () => {
    expect(duplicateQuestion(company, ' ')).toEqual({
      type: 'company',
      name: 'Kavilan Rakennus Oy',
      address: 'Tehtaantie 5',
      postalCode: '82500',
      municipality: 'Kitee',
      limit: 10,
    });
    expect(duplicateQuestion(company, ' Kavila Ab ')).toEqual({
      type: 'company',
      name: 'Kavila Ab',
      limit: 10,
    });
    expect(duplicateQuestion(company, '2617416-4')).toEqual({
      type: 'company',
      name: 'Kavilan Rakennus Oy',
      businessId: '2617416-4',
      limit: 10,
    });
    // Not a valid business ID: searched as a name.
    expect(duplicateQuestion(company, '2617416-5')).toEqual({
      type: 'company',
      name: '2617416-5',
      limit: 10,
    });
  });

  it('never offers the company itself, nor other kinds of target', () => {
    const offered = duplicateCandidates(
      [candidate('c1'), candidate('c2'), candidate('w1', 'worksite')],
      'c1',
    );
    expect(offered.map((c) => c.id)).toEqual(['c2']);
  });

  it('reads the history: merged into another while not split, and the duplicates it took in', () => {
    const history = [merge('m3', 'c1', 'c4'), merge('m2', 'c9', 'c1'), merge('m1', 'c8', 'c1', '2026-01-20')];
    expect(mergeHistory(history, 'c1').mergedInto?.id).toBe('m2');
    expect(mergeHistory(history, 'c1').absorbed.map((m) => m.id)).toEqual(['m3']);
    expect(mergeHistory([merge('m1', 'c8', 'c1', '2026-01-20')], 'c1').mergedInto).toBeNull();
    expect(companiesNamed(history, 'c1')).toEqual(['c4', 'c9', 'c8']);
  });
});
