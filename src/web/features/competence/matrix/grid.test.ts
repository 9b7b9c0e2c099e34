import { describe, expect, it } from 'vitest';
import { moveInGrid } from './grid.ts';

describe('moveInGrid', () => {
  it.each([
    ['ArrowRight', [2, 3]],
    ['ArrowLeft', [2, 1]],
    ['ArrowDown', [3, 2]],
    ['ArrowUp', [1, 2]],
    ['Home', [2, 0]],
    ['End', [2, 12]],
  ] as const)('%s from the middle', (key, expected) => {
    expect(moveInGrid(key, 2, 2, 13)).toEqual(expected);
  });

  it('stops at the edges and jumps to the corners with Ctrl', () => {
    expect(moveInGrid('ArrowLeft', 0, 0, 13)).toEqual([0, 0]);
    expect(moveInGrid('ArrowDown', 12, 5, 13)).toEqual([12, 5]);
    expect(moveInGrid('Home', 7, 7, 13, true)).toEqual([0, 0]);
    expect(moveInGrid('End', 7, 7, 13, true)).toEqual([12, 12]);
  });

  it('leaves other keys alone', () => {
    expect(moveInGrid('Enter', 1, 1, 13)).toBeNull();
    expect(moveInGrid('Tab', 1, 1, 13)).toBeNull();
  });
});
