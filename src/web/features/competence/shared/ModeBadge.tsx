/** A disclosure mode as colour, icon and text together, so it never depends on colour alone. */
import { useT } from '../../../i18n/I18nProvider.tsx';
import type { DecisionMode } from '../competence.types.ts';
import { MODE_LOOK } from '../modes.ts';

export function ModeBadge({ mode, className }: { mode: DecisionMode; className?: string }) {
  const t = useT();
  const look = MODE_LOOK[mode];
  const Icon = look.icon;
  return (
    <span className={`mode-badge mode--${look.tone}${className ? ` ${className}` : ''}`}>
      <Icon className="mode-badge__icon" />
      <span>{t(look.label)}</span>
    </span>
  );
}
