/**
 * Alihankintaketju: the subcontracting chain as a drawn tree (SVG, main contractors on top) and the
 * same tree as a nested list. The drawing is for the eye (its boxes link to the cards by mouse); the
 * list carries the same links for keyboard and screen-reader users, so the SVG is hidden from them.
 * The current company is highlighted in both; companies the user may not see have no name or link.
 */
import { navigate } from '../../../app/router.ts';
import { AppLink } from '../../../components/AppLink.tsx';
import { useT } from '../../../i18n/I18nProvider.tsx';
import { targetPath } from '../targets.routes.ts';
import type { Chain } from '../targets.types.ts';
import { BOX_HEIGHT, BOX_WIDTH, type ChainTreeNode, layoutChain } from './chainLayout.ts';

const MAX_CHARS = 34;
const clip = (text: string) => (text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS - 1)}…` : text);

function ChainList({ nodes, level }: { nodes: ChainTreeNode[]; level: number }) {
  const t = useT();
  return (
    <ul className={level === 0 ? 'chain-list' : 'chain-list__sub'}>
      {nodes.map((tree) => {
        const { node } = tree;
        const label = node.hidden ? t('targets.chain.hidden') : (node.name ?? '');
        return (
          <li
            key={tree.key}
            className={tree.current ? 'chain-list__item chain-list__item--current' : 'chain-list__item'}
          >
            {node.hidden || tree.current ? (
              <span aria-current={tree.current ? 'true' : undefined}>{label}</span>
            ) : (
              <AppLink href={targetPath('company', node.id)}>{label}</AppLink>
            )}
            {node.businessId && <span className="chain-list__meta">{` ${node.businessId}`}</span>}
            {tree.current && <span className="chain-list__meta">{` ${t('targets.chain.current')}`}</span>}
            {tree.repeat && <span className="chain-list__meta">{` ${t('targets.chain.repeat')}`}</span>}
            {tree.children.length > 0 && <ChainList nodes={tree.children} level={level + 1} />}
          </li>
        );
      })}
    </ul>
  );
}

export function ChainGraph({ chain, currentId }: { chain: Chain; currentId: string }) {
  const t = useT();
  const layout = layoutChain(chain, currentId);
  return (
    <div className="chain">
      <svg
        className="chain__svg"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width={layout.width}
        height={layout.height}
        aria-hidden="true"
        focusable="false"
      >
        {layout.links.map((link) => (
          <path key={link.key} d={link.path} className="chain__link" />
        ))}
        {layout.rows.map((tree) => {
          const { node } = tree;
          const label = node.hidden ? t('targets.chain.hidden') : (node.name ?? '');
          const classes = [
            'chain__node',
            tree.current ? 'chain__node--current' : '',
            node.hidden ? 'chain__node--hidden' : '',
            tree.repeat ? 'chain__node--repeat' : '',
          ]
            .filter(Boolean)
            .join(' ');
          const box = (
            <g className={classes}>
              <title>{node.businessId ? `${label} ${node.businessId}` : label}</title>
              <rect x={tree.x} y={tree.y} width={BOX_WIDTH} height={BOX_HEIGHT} rx={3} />
              <text x={tree.x + 10} y={tree.y + BOX_HEIGHT / 2 + 5}>
                {clip(tree.repeat ? `${label} ↑` : label)}
              </text>
            </g>
          );
          if (node.hidden || tree.current) return <g key={tree.key}>{box}</g>;
          const href = targetPath('company', node.id);
          return (
            <a
              key={tree.key}
              href={href}
              tabIndex={-1}
              onClick={(event) => {
                event.preventDefault();
                navigate(href);
              }}
            >
              {box}
            </a>
          );
        })}
      </svg>
      <ChainList nodes={layout.roots} level={0} />
      {chain.truncated && <p className="chain__truncated">{t('targets.chain.truncated')}</p>}
    </div>
  );
}
