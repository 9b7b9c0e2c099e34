/**
 * Demo joint supervision operations (demo mode only), so that a newcomer signing in as a demo official
 * finds operations to open: one in planning and one in execution. Built through the operations
 * module's own services, as the demo users themselves would through the API — create, invite, respond,
 * agenda decisions, targets, plan save/approve/share, transitions — so the state machine's rules, the
 * audit rows and the live events are exactly those of a user's work. Synthetic: the targets are
 * synthetic demo companies. Idempotent: seeds only a database without operations.
 */
import { and, asc, count, eq, like, or, sql } from 'drizzle-orm';
import type { AuthorityCode } from '../../contracts/authorities.ts';
import { decideAgendaItem, getAgenda } from '../modules/operations/agenda.service.ts';
import { clockItems } from '../modules/operations/clock.tables.ts';
import { createOperation, transitionOperation } from '../modules/operations/operations.service.ts';
import { operations } from '../modules/operations/operations.tables.ts';
import { inviteParticipants, respondToInvitation } from '../modules/operations/participants.service.ts';
import { approvePlan, savePlan } from '../modules/operations/plan.service.ts';
import { sharePlan } from '../modules/operations/plan.share.ts';
import { prefillPlanFor } from '../modules/operations/plan.views.ts';
import { addTarget, decideTarget } from '../modules/operations/selection.service.ts';
import { companies } from '../modules/register/register.tables.ts';
import { users } from '../platform/auth/auth.tables.ts';
import type { Db } from '../platform/db/client.ts';
import type { Actor } from '../platform/policy/actor.ts';

/** The audit rows' request id: every row the seed writes says where it came from. */
const REQUEST_ID = 'seed:demo-joint-operations';

export const DEMO_PLANNING_TITLE = 'Marjatilojen yhteisvalvonta (demo)';
export const DEMO_EXECUTING_TITLE = 'Rakennustyömaiden yhteisvalvonta (demo)';

/** A demo user as the routes would see them signed in. */
async function demoActor(db: Db, username: string): Promise<Actor> {
  const [u] = await db.select().from(users).where(eq(users.username, username));
  if (!u) throw new Error(`Demo account ${username} is missing`);
  return {
    userId: u.id,
    username: u.username,
    displayName: u.displayName,
    authority: u.authorityCode as AuthorityCode,
    unitId: u.unitId,
    roles: u.roles,
  };
}

/** Synthetic demo companies of a sector (TOL prefixes), in a stable order. */
async function demoCompanies(db: Db, tolPrefixes: string[], limit: number) {
  return db
    .select({ id: companies.id, name: companies.name })
    .from(companies)
    .where(
      and(eq(companies.status, 'active'), or(...tolPrefixes.map((p) => like(companies.tolCode, `${p}%`)))),
    )
    .orderBy(asc(companies.businessId))
    .limit(limit);
}

async function decideAgenda(db: Db, lead: Actor, operationId: string, decisions: Record<string, string>) {
  const { items } = await getAgenda(db, lead, operationId, REQUEST_ID);
  for (const item of items) {
    const decision = decisions[item.itemKey];
    if (decision) await decideAgendaItem(db, lead, operationId, item.id, decision, REQUEST_ID);
  }
}

/** Why each construction company was selected (synthetic, one per target). */
const SITE_RATIONALES = [
  'Pitkä aliurakointiketju ja ulkomaiset lähetetyt työntekijät.',
  'Vihjeitä palkkojen maksamisesta käteisellä.',
  'Yritys perustettu äskettäin; työntekijämäärä kasvanut nopeasti.',
  'Aiempi työsuojelutarkastus: työajat kirjaamatta.',
];

const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const daysFrom = (d: Date, days: number) => new Date(d.getTime() + days * 86_400_000);

/**
 * Seeds the two demo operations unless the database has operations already. Returns how many were
 * created. `now` fixes the dates (the construction operation runs this week, the berry one next summer).
 */
export async function seedDemoJointOperations(db: Db, now = new Date()): Promise<number> {
  const [existing] = await db.select({ n: count() }).from(operations);
  if ((existing?.n ?? 0) > 0) return 0;
  const [lead, osh, tax] = await Promise.all([
    demoActor(db, 'police.lead'),
    demoActor(db, 'osh.inspector'),
    demoActor(db, 'tax.officer'),
  ]);
  await seedPlanningOperation(db, lead, osh, tax, now);
  // A plan is approved only with a selected target: a register seeded without construction companies
  // (SILTA_DEMO_COMPANIES=0, say) gets the planning operation alone.
  const sites = await demoCompanies(db, ['41', '42', '43'], SITE_RATIONALES.length);
  const created = sites.length ? 2 : 1;
  if (sites.length) await seedExecutingOperation(db, lead, osh, tax, sites, now);
  await markSeedNotificationsRead(db, [lead, osh, tax]);
  return created;
}

/**
 * The seed's steps notify the demo officials like any user's would (26 for osh.inspector); they are
 * the demo's history, not news, so a newcomer starts with an empty bell. Only their notifications of
 * events the three demo officials caused (on a fresh database: the seed's) are touched.
 */
async function markSeedNotificationsRead(db: Db, actors: Actor[]): Promise<void> {
  const ids = sql.join(
    actors.map((a) => sql`${a.userId}`),
    sql`, `,
  );
  await db.execute(sql`
    UPDATE notifications n SET read_at = now()
    FROM events e
    WHERE e.id = n.event_id AND n.read_at IS NULL
      AND n.user_id::text IN (${ids}) AND e.actor_user_id IN (${ids})`);
}

/** Berry farms next summer: OSH and Tax at the table, the meeting's first decisions, two candidates. */
async function seedPlanningOperation(db: Db, lead: Actor, osh: Actor, tax: Actor, now: Date) {
  const year = now.getFullYear() + 1;
  const [berries] = await db
    .select({ id: clockItems.id })
    .from(clockItems)
    .where(eq(clockItems.title, 'Luonnonmarjojen poimintakausi'));
  const operation = await createOperation(
    db,
    lead,
    {
      title: DEMO_PLANNING_TITLE,
      ...(berries ? { clockItemId: berries.id } : {}),
      issueAreas: ['wages', 'working_hours', 'housing', 'victims', 'taxes'],
      sectors: ['berry-picking'],
      municipalities: [],
      goal: 'Synteettinen demo. Selvittää marjanpoimijoiden palkat, työajat ja asumisolot sekä tunnistaa mahdolliset ihmiskaupan uhrit.',
      startsOn: `${year}-08-10`,
      endsOn: `${year}-08-14`,
    },
    REQUEST_ID,
  );
  await inviteParticipants(db, lead, operation.id, ['osh', 'tax'], REQUEST_ID);
  await respondToInvitation(db, osh, operation.id, 'osh', true, undefined, REQUEST_ID);
  await respondToInvitation(db, tax, operation.id, 'tax', true, undefined, REQUEST_ID);
  await decideAgenda(db, lead, operation.id, {
    lead_authority: 'Poliisi johtaa; työsuojelu ja Verohallinto osallistuvat.',
    main_goal: 'Palkat, työajat ja asumisolot riskialttiimmilla marjatiloilla.',
    participants: 'Poliisi, työsuojelu ja Verohallinto.',
  });
  // OSH proposes candidates from the register; the lead has not decided on them yet.
  for (const company of await demoCompanies(db, ['0125', '011', '012'], 2))
    await addTarget(
      db,
      osh,
      operation.id,
      { targetType: 'company', targetId: company.id },
      { requestId: REQUEST_ID },
    );
}

/** Construction sites this week: targets selected with rationale, plan v1 approved and shared, in the field. */
async function seedExecutingOperation(
  db: Db,
  lead: Actor,
  osh: Actor,
  tax: Actor,
  sites: { id: string }[],
  now: Date,
) {
  const operation = await createOperation(
    db,
    lead,
    {
      title: DEMO_EXECUTING_TITLE,
      issueAreas: ['wages', 'working_hours', 'occupational_safety', 'taxes', 'permits'],
      sectors: ['construction'],
      municipalities: [],
      goal: 'Synteettinen demo. Tarkastaa aliurakointiketjujen palkat, työluvat ja verovelvoitteet rakennustyömailla.',
      startsOn: isoDate(now),
      endsOn: isoDate(daysFrom(now, 4)),
    },
    REQUEST_ID,
  );
  const id = operation.id;
  await inviteParticipants(db, lead, id, ['osh', 'tax'], REQUEST_ID);
  await respondToInvitation(db, osh, id, 'osh', true, undefined, REQUEST_ID);
  await respondToInvitation(db, tax, id, 'tax', true, undefined, REQUEST_ID);
  await decideAgenda(db, lead, id, {
    lead_authority: 'Poliisi johtaa; työsuojelu ja Verohallinto osallistuvat.',
    main_goal: 'Aliurakoitsijoiden palkat, työluvat ja verovelvoitteet neljällä työmaalla.',
    participants: 'Poliisi, työsuojelu ja Verohallinto.',
    command_system: 'Johtopaikka Pasilan poliisitalossa; tilannekuva Siltaan.',
  });
  for (const [i, company] of sites.entries()) {
    const target = await addTarget(
      db,
      lead,
      id,
      { targetType: 'company', targetId: company.id },
      { requestId: REQUEST_ID },
    );
    await decideTarget(
      db,
      lead,
      id,
      target.id,
      { decision: 'selected', rationale: SITE_RATIONALES[i]! },
      { requestId: REQUEST_ID },
    );
  }
  const prefill = await prefillPlanFor(db, lead, id, 'fi', REQUEST_ID);
  await savePlan(
    db,
    lead,
    id,
    {
      sections: prefill.sections,
      targets: prefill.targets.map((t) => ({
        ...t,
        actionPlan:
          'Poliisi varmistaa työmaan; työsuojelu tarkastaa työajat ja palkat; Verohallinto tarkastaa veronumerot ja urakkailmoitukset.',
      })),
      categories: prefill.categories,
    },
    REQUEST_ID,
  );
  await approvePlan(db, lead, id, REQUEST_ID);
  await sharePlan(db, lead, id, {}, REQUEST_ID);
  await transitionOperation(db, lead, id, 'start_execution', undefined, REQUEST_ID);
}
