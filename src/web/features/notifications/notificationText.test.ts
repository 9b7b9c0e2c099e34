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
    expect(describeNotification(fi, 'operation.plan_shared')).toBe(
      'Valvontasuunnitelma luovutettiin osallistujille',
    );
  });

  it('tells a saved-search result from a hit, naming only the authority of a hit', () => {
    expect(describeNotification(fi, 'saved_search.matched', { match: 'item', entityType: 'record' })).toBe(
      'Uusi tulos tallennetussa haussasi',
    );
    expect(
      describeNotification(fi, 'saved_search.matched', { match: 'hit', authority: 'police' }, (c) =>
        c === 'police' ? 'Poliisi' : c,
      ),
    ).toBe('Poliisi: uusia tietoja kohteesta, jonka tallennettu hakusi löytää');
  });

  it('keeps an unknown type readable', () => {
    expect(describeNotification(fi, 'operation.changed')).toContain('operation.changed');
  });
});

describe('subjectPath', () => {
  it('links records to their page', () => {
    expect(subjectPath('record', 'abc')).toBe('/records/abc');
    expect(subjectPath('operation', 'abc')).toBe('/operations/abc');
    expect(subjectPath('initiative', 'i1')).toBe('/operations/initiatives/i1');
    expect(subjectPath('clock', 'k1')).toBeNull();
    // A target event opens the target's card when it says which kind of target it is.
    expect(subjectPath('target', 'c1', { targetType: 'company' })).toBe('/targets/company/c1');
    expect(subjectPath('target', 'w1', { targetType: 'worksite' })).toBe('/targets/worksite/w1');
    expect(subjectPath('target', 'x1', { targetType: 'ship' })).toBeNull();
    expect(subjectPath('target', 'x2')).toBeNull();
    expect(subjectPath('saved_search_match', 'm1', { entityType: 'record', entityId: 'r1' })).toBe(
      '/records/r1',
    );
    expect(subjectPath('saved_search_match', 'm2', { match: 'hit', targetId: 't1' })).toBeNull();
  });
});
