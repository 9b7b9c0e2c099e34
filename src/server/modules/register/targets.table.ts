/**
 * The roles a person has in the register's cases (worker, possible victim, suspect, contact). Kept
 * beside `persons` rather than in it: a person may hold several roles, and the role list is what the
 * person's owner authority says about them (it shares the person's classification).
 */
import { pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { persons } from './register.tables.ts';

export const PERSON_ROLES = ['worker', 'possible_victim', 'suspect', 'contact'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

export const personRoles = pgTable(
  'person_roles',
  {
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    role: text('role').$type<PersonRole>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.role] })],
);
