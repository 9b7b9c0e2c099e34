/** Loads the configuration for a view: spinner, error with retry, or the view with its data. */
import type { ReactNode } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import type { CompetenceConfig } from '../competence.types.ts';
import { useCompetenceConfig } from '../useCompetenceConfig.ts';

export function ConfigGate({ children }: { children: (config: CompetenceConfig) => ReactNode }) {
  const { data, error, loading, reload } = useCompetenceConfig();
  if (error !== null) return <ErrorAlert error={error} onRetry={reload} />;
  if (loading || !data) return <Loading />;
  return <>{children(data)}</>;
}
