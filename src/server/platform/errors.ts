/** The one error type of the server. Thrown anywhere; the HTTP error handler maps it to a response. */
import { ERROR_STATUS, type ErrorCode } from '../../contracts/errors.ts';

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

/** A refused record and a missing one get this same answer, so a refusal leaks nothing. */
export const notFound = (what = 'Record') => new AppError('not_found', `${what} not found`);
export const forbidden = (message = 'You may not do this') => new AppError('forbidden', message);
export const badRequest = (message: string, details?: unknown) =>
  new AppError('bad_request', message, details);
export const conflict = (message: string, details?: unknown) => new AppError('conflict', message, details);
