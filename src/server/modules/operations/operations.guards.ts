/** Small checks the operation's use cases share. */
import { conflict } from '../../platform/errors.ts';
import type { OperationRow } from './operations.access.ts';

/** A closed or cancelled operation is a record of what happened: nothing in it changes any more. */
export function assertOpen(operation: Pick<OperationRow, 'status'>): void {
  if (operation.status === 'closed' || operation.status === 'cancelled')
    throw conflict(`The operation is ${operation.status}`, { unmet: ['wrong_state'] });
}
