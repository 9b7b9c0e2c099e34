/** The classification of a record as a small coloured label (public / restricted / secret). */
import { useT } from '../../i18n/I18nProvider.tsx';
import { classificationLabel } from './labels.ts';

export function ClassificationBadge({ classification }: { classification: string }) {
  const t = useT();
  return (
    <span className={`classification classification--${classification}`}>
      {classificationLabel(t, classification)}
    </span>
  );
}
