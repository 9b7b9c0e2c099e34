/** Keyboard movement in the n × n matrix (rows: giving authority, columns: receiving one). */

/** Where an arrow key goes from row `r`, column `c` in an n × n table, or null for other keys. */
export function moveInGrid(
  key: string,
  r: number,
  c: number,
  n: number,
  ctrl = false,
): [number, number] | null {
  const last = n - 1;
  switch (key) {
    case 'ArrowUp':
      return [Math.max(0, r - 1), c];
    case 'ArrowDown':
      return [Math.min(last, r + 1), c];
    case 'ArrowLeft':
      return [r, Math.max(0, c - 1)];
    case 'ArrowRight':
      return [r, Math.min(last, c + 1)];
    case 'Home':
      return ctrl ? [0, 0] : [r, 0];
    case 'End':
      return ctrl ? [last, last] : [r, last];
    default:
      return null;
  }
}
