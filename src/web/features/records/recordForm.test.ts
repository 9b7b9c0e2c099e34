import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.ts';
import { EMPTY_FORM, refusedFields, toCreateBody } from './recordForm.ts';

const invalid = (...fields: string[]) =>
  new ApiError('validation_failed', 400, 'invalid', {
    issues: fields.map((field) => ({ field, message: 'bad' })),
  });

describe('toCreateBody', () => {
  it('sends the secrecy basis only for a non-public record', () => {
    const values = { ...EMPTY_FORM, title: 'T', body: 'B', categories: ['c'], secrecyBasis: ' JulkL 24 § ' };
    expect(toCreateBody(values)).toMatchObject({ secrecyBasis: 'JulkL 24 §', targets: [] });
    expect(toCreateBody({ ...values, classification: 'public' })).not.toHaveProperty('secrecyBasis');
    expect(toCreateBody({ ...values, secrecyBasis: '  ' })).not.toHaveProperty('secrecyBasis');
  });

  it('makes the optional target a company reference', () => {
    expect(toCreateBody({ ...EMPTY_FORM, target: ' abc ' }).targets).toEqual([
      { type: 'company', id: 'abc' },
    ]);
  });
});

describe('refusedFields', () => {
  it('places the server’s issues by the form fields, in form order', () => {
    expect(refusedFields(invalid('body.secrecyBasis', 'body.title', 'body.targets.0.id'))).toEqual([
      'title',
      'secrecyBasis',
      'target',
    ]);
  });

  it('ignores what names no field, and other errors', () => {
    expect(refusedFields(invalid('body', 'querystring.limit'))).toEqual([]);
    expect(refusedFields(new ApiError('forbidden', 403, 'no'))).toEqual([]);
    expect(refusedFields(new Error('x'))).toEqual([]);
  });
});
