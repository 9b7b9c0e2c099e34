import { describe, expect, it } from 'vitest';
import { expiresAtFromDate, noticeBody, noticeFormValues } from './noticeForm.ts';
import type { Notice } from './workerContent.types.ts';

describe('notice form', () => {
  it('starts with Finnish and English and a month to live', () => {
    const values = noticeFormValues(null, new Date(2026, 10, 28, 12));
    expect(values.texts.map((x) => x.lang)).toEqual(['fi', 'en']);
    expect(values.expiresOn).toBe('2026-12-28');
  });

  it('loads a notice with its other languages', () => {
    const notice: Notice = {
      id: 'n',
      title: { en: 'Berry season', vi: 'Mùa hái quả' },
      body: { en: 'Know your rights.', vi: 'Biết quyền của bạn.' },
      languages: ['vi'],
      sectors: ['berry-picking'],
      publishedAt: null,
      expiresAt: '2026-12-31T21:59:59.000Z',
      status: 'draft',
      updatedAt: '2026-11-28T00:00:00Z',
    };
    expect(noticeFormValues(notice).texts.map((x) => [x.lang, x.title])).toEqual([
      ['fi', ''],
      ['en', 'Berry season'],
      ['vi', 'Mùa hái quả'],
    ]);
  });

  it('sends only the languages written, expiring at the end of the day', () => {
    const body = noticeBody(
      {
        texts: [
          { lang: 'fi', title: '', body: '' },
          { lang: 'en', title: ' Berry season ', body: 'Know your rights.' },
        ],
        languages: ['vi'],
        sectors: [],
        expiresOn: '2026-12-31',
      },
      true,
    );
    expect(body).toMatchObject({ title: { en: 'Berry season' }, languages: ['vi'], published: true });
    expect(Object.keys(body.title)).toEqual(['en']);
    expect(new Date(body.expiresAt).getTime()).toBe(new Date('2026-12-31T23:59:59').getTime());
    expect(expiresAtFromDate('31.12.2026')).toBeNull();
  });
});
