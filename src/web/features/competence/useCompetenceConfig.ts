/**
 * The competence configuration, loaded once per page load and shared by every competence page (the
 * shell re-mounts a page on each navigation). Administration calls `forgetCompetenceConfig()` after a
 * change so the next page reads the new version.
 */
import type { ApiData } from '../../app/useApiData.ts';
import { useApiData } from '../../app/useApiData.ts';
import { competenceApi } from './competence.api.ts';
import type { CompetenceConfig } from './competence.types.ts';

let cached: Promise<CompetenceConfig> | null = null;

function loadConfig(): Promise<CompetenceConfig> {
  if (!cached) {
    // Not tied to one page's AbortSignal: other pages may be waiting for the same answer.
    cached = competenceApi.config();
    cached.catch(() => {
      cached = null;
    });
  }
  return cached;
}

export function forgetCompetenceConfig(): void {
  cached = null;
}

export function useCompetenceConfig(): ApiData<CompetenceConfig> {
  return useApiData(loadConfig);
}
