import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/client.ts';
import { problemsOf } from './problems.ts';

describe('problemsOf', () => {
  it('reads the competence routes’ problem list', () => {
    const error = new ApiError('validation_failed', 400, 'invalid', {
      problems: [{ path: 'rules[0].legalBasis', message: 'a rule must cite at least one legal basis' }],
    });
    expect(problemsOf(error)).toEqual([
      { path: 'rules[0].legalBasis', message: 'a rule must cite at least one legal basis' },
    ]);
  });

  it('reads the generic validation issues and array paths', () => {
    const error = new ApiError('validation_failed', 400, 'invalid', {
      issues: [
        { field: 'body.changeNote', message: 'Required' },
        { path: ['data', 'mode'], message: 'Invalid' },
      ],
    });
    expect(problemsOf(error)).toEqual([
      { path: 'body.changeNote', message: 'Required' },
      { path: 'data.mode', message: 'Invalid' },
    ]);
  });

  it('answers null for other errors', () => {
    expect(problemsOf(new ApiError('forbidden', 403, 'no'))).toBeNull();
    expect(problemsOf(new Error('x'))).toBeNull();
    expect(problemsOf(new ApiError('bad_request', 400, 'x', {}))).toBeNull();
  });
});
