import { describe, expect, it } from 'vitest';
import { cleanMapping, progressPercent, readReport, unmappedRequired } from './importState.ts';

describe('import state', () => {
  it('lists required fields without a column', () => {
    const fields = [
      { key: 'businessId', required: true },
      { key: 'name', required: true },
      { key: 'tolCode', required: false },
    ];
    expect(unmappedRequired(fields, { businessId: 'Y-tunnus' })).toEqual(['name']);
    expect(unmappedRequired(fields, { businessId: 'Y-tunnus', name: 'Nimi' })).toEqual([]);
  });

  it('drops unmapped fields and gives a column to one field only', () => {
    expect(cleanMapping({ businessId: 'Y', name: '', legalForm: 'Nimi', tolCode: 'Nimi' })).toEqual({
      businessId: 'Y',
      tolCode: 'Nimi',
    });
  });

  it('reports progress over checking and writing', () => {
    const job = { status: 'running' as const, totalRows: 200, rowsDone: 100 };
    expect(progressPercent({ ...job, phase: 'validating' })).toBe(25);
    expect(progressPercent({ ...job, phase: 'writing' })).toBe(75);
    expect(progressPercent({ ...job, phase: 'writing', rowsDone: 999 })).toBe(100);
    expect(progressPercent({ ...job, status: 'done', phase: null })).toBe(100);
    expect(progressPercent({ ...job, status: 'failed', phase: null })).toBe(0);
  });

  it('reads a report, or nothing from a job without one', () => {
    expect(readReport({ report: null })).toBeNull();
    expect(
      readReport({
        report: {
          totalRows: 3,
          validRows: 2,
          invalidRows: 1,
          problems: [{ row: 2, field: 'businessId', problem: 'x' }],
        },
      }),
    ).toEqual({
      totalRows: 3,
      validRows: 2,
      invalidRows: 1,
      problemCount: 0,
      problems: [{ row: 2, field: 'businessId', problem: 'x' }],
      create: 0,
      link: 0,
    });
  });
});
