/** One record, reloaded live when an event about it arrives (shared, revoked, changed). */
import { useCallback } from 'react';
import { type ApiData, useApiData } from '../../app/useApiData.ts';
import { useLiveEvents } from '../notifications/LiveEvents.tsx';
import { recordsApi } from './records.api.ts';
import type { InfoRecord } from './records.types.ts';

export function useRecord(id: string): ApiData<InfoRecord> {
  const load = useCallback((signal: AbortSignal) => recordsApi.get(id, signal), [id]);
  const record = useApiData(load);
  useLiveEvents({ types: ['record.*'], subjectId: id }, record.reload);
  return record;
}
