/**
 * One operation for its page and its tabs: loaded once, reloaded live when any `operation.*` event
 * about it arrives (members only; the server re-checks membership at delivery). Tabs read it from
 * context and subscribe to the events they care about themselves.
 */
import { createContext, useCallback, useContext } from 'react';
import { type ApiData, useApiData } from '../../app/useApiData.ts';
import { useLiveEvents } from '../notifications/LiveEvents.tsx';
import { operationsApi } from './operations.api.ts';
import type { Operation } from './operations.types.ts';

export function useOperation(id: string): ApiData<Operation> {
  const load = useCallback((signal: AbortSignal) => operationsApi.get(id, signal), [id]);
  const operation = useApiData(load);
  useLiveEvents({ types: ['operation.*'], subjectId: id }, operation.reload);
  return operation;
}

export interface OperationContextValue {
  operation: Operation;
  /** Load the operation again (after a change made on this page). */
  reload: () => void;
}

export const OperationContext = createContext<OperationContextValue | null>(null);

/** The open operation, for components inside its page (tabs, panels). */
export function useOperationContext(): OperationContextValue {
  const value = useContext(OperationContext);
  if (!value) throw new Error('useOperationContext must be used inside the operation page');
  return value;
}

/**
 * Data of one tab, reloaded live on the given event types about this operation (e.g. the agenda on
 * `operation.agenda_decided`).
 */
export function useOperationData<T>(
  operationId: string,
  load: (id: string, signal: AbortSignal) => Promise<T>,
  types: readonly string[],
): ApiData<T> {
  const bound = useCallback((signal: AbortSignal) => load(operationId, signal), [load, operationId]);
  const data = useApiData(bound);
  useLiveEvents({ types, subjectId: operationId }, data.reload);
  return data;
}
