/** A translation state in colour and words: missing / outdated / done. */
import { useT } from '../../i18n/I18nProvider.tsx';
import { STATE_KEY } from './labels.ts';
import type { TranslationState } from './workerContent.types.ts';

export function StateBadge({ state }: { state: TranslationState }) {
  const t = useT();
  return <span className={`wc-state wc-state--${state}`}>{t(STATE_KEY[state])}</span>;
}
