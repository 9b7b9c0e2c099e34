/**
 * Errors of the competence engine. They are plain `Error`s with a stable `code` and the offending
 * `field`, so the HTTP layer can turn them into a 400 without knowing the engine's internals.
 */

/** A request named an authority, data category, purpose or circumstance the configuration does not know. */
export class UnknownCodeError extends Error {
  readonly code = 'unknown_code' as const;
  readonly field: string;
  readonly value: string;

  constructor(field: string, value: string) {
    super(`Unknown ${field}: '${value}'`);
    this.name = 'UnknownCodeError';
    this.field = field;
    this.value = value;
  }
}

/** A request is malformed in another way: a date that is not `YYYY-MM-DD`, or no categories. */
export class InvalidRequestError extends Error {
  readonly code = 'invalid_request' as const;
  readonly field: string;

  constructor(field: string, message: string) {
    super(`Invalid ${field}: ${message}`);
    this.name = 'InvalidRequestError';
    this.field = field;
  }
}
