/**
 * Set-up shared by the operations API tests (not used by the server): a test app on one database, the
 * five users the tests act as, `call` bound to that app, and a new initiative raised by OSH.
 */
import type { DatabaseKind } from '../../platform/db/client.ts';
import { createTestApp, type SignedIn, type TestApp } from '../../testing/test-app.ts';
import type { TInitiative } from './initiatives.schemas.ts';
import { type CallResult, call } from './plan.testing.ts';

export interface OperationsApi {
  t: TestApp;
  lead: SignedIn;
  policeOfficer: SignedIn;
  osh: SignedIn;
  tax: SignedIn;
  migri: SignedIn;
  /** Sends one request as `as` to this app; `T` is the body the test expects (see `call`). */
  call: <T = unknown>(
    as: SignedIn,
    method: 'GET' | 'POST' | 'PUT' | 'PATCH',
    url: string,
    payload?: object,
  ) => Promise<CallResult<T>>;
  /** OSH raises an initiative (not yet addressed to anyone). */
  newInitiative: (title?: string) => Promise<CallResult<TInitiative>>;
}

/** Starts the app on `kind` and signs the users in; the caller closes `t` when done. */
export async function startOperationsApi(kind: DatabaseKind): Promise<OperationsApi> {
  const t = await createTestApp(kind);
  const [lead, policeOfficer, osh, tax, migri] = await Promise.all([
    t.signIn('police.lead'),
    t.signIn('police.officer'),
    t.signIn('osh.inspector'),
    t.signIn('tax.officer'),
    t.signIn('migri.officer'),
  ]);
  const callAs: OperationsApi['call'] = (as, method, url, payload) => call(t, as, method, url, payload);
  const newInitiative = (title = 'Berry farm wages') =>
    callAs<TInitiative>(osh, 'POST', '/api/initiatives', {
      title,
      need: 'Several farms in the same chain pay pickers well below the collective agreement.',
      observations: 'Inspections in 2025 found unpaid overtime.',
      issueAreas: ['wages', 'occupational_safety', 'victims'],
      sectors: ['agriculture'],
      categories: ['osh_inspection_findings'],
      secrecyBasis: '621/1999 24 § 1 mom. 15 kohta',
    });
  return { t, lead, policeOfficer, osh, tax, migri, call: callAs, newInitiative };
}
