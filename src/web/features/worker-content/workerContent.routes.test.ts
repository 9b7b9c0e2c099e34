import { describe, expect, it } from 'vitest';
import { pageEditorPath, parseWorkerContentPath } from './workerContent.routes.ts';

describe('worker-content paths', () => {
  it.each([
    ['/worker-content', { view: 'overview' }],
    ['/worker-content/notices', { view: 'notices' }],
    ['/worker-content/pages/holidays/vi', { view: 'page', slug: 'holidays', lang: 'vi' }],
    ['/worker-content/pages/holidays/zh-Hans', { view: 'page', slug: 'holidays', lang: 'zh-Hans' }],
    ['/worker-content/pages/Holidays/vi', { view: 'unknown' }],
    ['/worker-content/pages/holidays', { view: 'unknown' }],
    ['/worker-contentx', { view: 'unknown' }],
  ])('%s', (path, expected) => {
    expect(parseWorkerContentPath(path)).toEqual(expected);
  });

  it('round-trips the editor path', () => {
    expect(parseWorkerContentPath(pageEditorPath('pay-and-minimum-pay', 'fa-AF'))).toEqual({
      view: 'page',
      slug: 'pay-and-minimum-pay',
      lang: 'fa-AF',
    });
  });
});
