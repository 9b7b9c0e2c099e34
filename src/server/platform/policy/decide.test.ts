import { describe, expect, it } from 'vitest';
import type { AuthorityCode } from '../../../contracts/authorities.ts';
import type { Role } from '../../../contracts/roles.ts';
import type { Classification } from '../../modules/register/register.tables.ts';
import type { Actor } from './actor.ts';
import { decide, type RecordAction } from './decide.ts';

const actor = (authority: AuthorityCode, ...roles: Role[]): Actor => ({
  userId: `${authority}-${roles.join('-')}`,
  username: `${authority}.${roles.join('.')}`,
  displayName: 'Test',
  authority,
  unitId: null,
  roles,
});

const record = (owner: AuthorityCode, classification: Classification, disclosedTo: AuthorityCode[] = []) => ({
  ownerAuthority: owner,
  classification,
  disclosedTo,
});

type Case = [string, Actor, RecordAction, ReturnType<typeof record>, boolean];

const policeOfficer = actor('police', 'officer');
const oshInspector = actor('osh', 'officer');
const taxOfficer = actor('tax', 'officer');
const policeAdmin = actor('police', 'platform_admin');
const policeEditor = actor('police', 'content_editor');
const policeAuthorityAdmin = actor('police', 'authority_admin');

const CASES: Case[] = [
  ['owner officer reads restricted', policeOfficer, 'read', record('police', 'restricted'), true],
  ['owner officer reads secret', policeOfficer, 'read', record('police', 'secret'), true],
  ['other authority cannot read restricted', taxOfficer, 'read', record('police', 'restricted'), false],
  ['other authority cannot read secret', taxOfficer, 'read', record('police', 'secret'), false],
  ['recipient reads disclosed record', oshInspector, 'read', record('police', 'restricted', ['osh']), true],
  ['recipient reads disclosed secret', oshInspector, 'read', record('police', 'secret', ['osh']), true],
  [
    'non-recipient does not read disclosed record',
    taxOfficer,
    'read',
    record('police', 'restricted', ['osh']),
    false,
  ],
  ['anyone signed in reads public', taxOfficer, 'read', record('police', 'public'), true],
  ['editor reads public', policeEditor, 'read', record('police', 'public'), true],
  [
    'platform admin does NOT read restricted of own authority',
    policeAdmin,
    'read',
    record('police', 'restricted'),
    false,
  ],
  ['content editor does NOT read restricted', policeEditor, 'read', record('police', 'restricted'), false],
  [
    'authority admin does NOT read restricted',
    policeAuthorityAdmin,
    'read',
    record('police', 'restricted'),
    false,
  ],
  ['owner updates', policeOfficer, 'update', record('police', 'restricted'), true],
  ['recipient may not update', oshInspector, 'update', record('police', 'restricted', ['osh']), false],
  ['public record still only updated by owner', taxOfficer, 'update', record('police', 'public'), false],
  ['owner discloses', policeOfficer, 'disclose', record('police', 'secret'), true],
  ['recipient may not re-disclose', oshInspector, 'disclose', record('police', 'restricted', ['osh']), false],
  ['owner deletes', policeOfficer, 'delete', record('police', 'restricted'), true],
  ['platform admin may not delete', policeAdmin, 'delete', record('police', 'restricted'), false],
];

describe('decide: actor × record × action', () => {
  it.each(CASES)('%s', (_name, who, action, rec, expected) => {
    expect(decide(who, action, rec).allowed).toBe(expected);
  });

  it('denies an action it does not know', () => {
    expect(decide(policeOfficer, 'publish' as RecordAction, record('police', 'restricted')).allowed).toBe(
      false,
    );
  });
});
