import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/translate.ts';
import { describeNotification, subjectPath, unreadLabel } from './notificationText.ts';

const fi = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
  translate('fi', key, params);

describe('unreadLabel', () => {
  it('names the bell with the unread count', () => {
    expect(unreadLabel(fi, 0)).toBe('Ilmoitukset, ei lukemattomia');
    expect(unreadLabel(fi, 1)).toBe('Ilmoitukset, 1 lukematon');
    expect(unreadLabel(fi, 3)).toBe('Ilmoitukset, 3 lukematonta');
  });
});

describe('describeNotification', () => {
  it('says what happened, in Finnish', () => {
    expect(describeNotification(fi, 'record.disclosed')).toBe('Kirjaus luovutettiin');
  });

  it('keeps an unknown type readable', () => {
    expect(describeNotification(fi, 'operation.changed')).toContain('operation.changed');
  });
});

describe('subjectPath', () => {
  it('links records to their page', () => {
    expect(subjectPath('record', 'abc')).toBe('/records/abc');
    expect(subjectPath('operation', 'abc')).toBeNull();
  });
});
