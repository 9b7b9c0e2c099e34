/** The business ID rule lives in contracts (shared with the web app); re-exported for the generator's imports. */
export * from '../../../contracts/business-id.ts';
