/**
 * Osumat: what other authorities hold on a target that the user may not see — only "authority X holds
 * N records on it (categories)", never content — each with Request disclosure.
 */
import { Button } from 'suomifi-ui-components';
import { useT } from '../../i18n/I18nProvider.tsx';
import type { Names } from '../records/useRecordsConfig.ts';
import type { Hit } from './targets.types.ts';

interface HitListProps {
  hits: Hit[];
  names: Names;
  /** The target's name where the user may see it (hits for hidden targets have none). */
  targetName?: (hit: Hit) => string | null;
  onRequest: (hit: Hit) => void;
}

export function HitList({ hits, names, targetName, onRequest }: HitListProps) {
  const t = useT();
  return (
    <ul className="hits">
      {hits.map((hit) => {
        const name = targetName?.(hit) ?? null;
        const text = t('targets.hit.text', {
          authority: names.authorityLong(hit.authority),
          count: hit.count,
          categories: hit.categories.map((code) => names.category(code)).join(', '),
        });
        return (
          <li key={`${hit.targetId}:${hit.authority}`} className="hit">
            {name !== null && <p className="hit__target">{name}</p>}
            <p className="hit__text">{text}</p>
            <Button
              variant="secondary"
              onClick={() => onRequest(hit)}
              aria-label={t('targets.hit.requestFrom', {
                authority: names.authority(hit.authority),
                target: name ?? t('targets.hit.thisTarget'),
              })}
            >
              {t('targets.hit.request')}
            </Button>
          </li>
        );
      })}
    </ul>
  );
}
