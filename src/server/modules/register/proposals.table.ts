/**
 * Proactive prompts: when a record is created or re-categorised and the competence map says another
 * authority may (own initiative) or must (duty to notify) be told, Silta proposes it to the author.
 * A proposal is accepted (→ a disclosure with initiative 'own') or declined with a reason, which is
 * kept. One row per (record, recipient, rule).
 */
import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { LocalizedText } from '../../../contracts/languages.ts';
import { users } from '../../platform/auth/auth.tables.ts';
import { authorities } from '../authorities/authorities.table.ts';
import { records } from './records.table.ts';

export type ProposalStatus = 'open' | 'accepted' | 'declined' | 'obsolete';
export type ProposalMode = 'own_initiative' | 'duty_to_notify';

export const recordProposals = pgTable(
  'record_proposals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    recordId: uuid('record_id')
      .notNull()
      .references(() => records.id, { onDelete: 'cascade' }),
    toAuthority: text('to_authority')
      .notNull()
      .references(() => authorities.code),
    mode: text('mode').$type<ProposalMode>().notNull(),
    ruleId: text('rule_id').notNull(),
    ruleVersion: integer('rule_version').notNull(),
    categories: text('categories').array().notNull().default(sql`'{}'::text[]`),
    /** Purposes of the recipient the rule serves; empty = any. */
    purposes: text('purposes').array().notNull().default(sql`'{}'::text[]`),
    /** Short citations, e.g. "616/2019 22 § 3 mom.". */
    legalBasis: text('legal_basis').notNull(),
    conditions: jsonb('conditions').$type<LocalizedText[]>().notNull().default([]),
    /** Circumstances the official must confirm before accepting. */
    requires: jsonb('requires').$type<LocalizedText[]>().notNull().default([]),
    prompt: jsonb('prompt').$type<LocalizedText>().notNull(),
    status: text('status').$type<ProposalStatus>().notNull().default('open'),
    reason: text('reason'),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('record_proposals_record_rule').on(t.recordId, t.toAuthority, t.ruleId),
    index('record_proposals_open').on(t.status, t.createdAt),
  ],
);
