/**
 * The people of one demo company: its owner's roles, partners or board members, and employees with
 * their permits and start dates, plus the headcount the company reports (which sometimes differs from
 * the people generated — a deliberate signal for the risk model to find).
 */
import type { LegalForm } from './company-names.ts';
import { isoDate } from './dates.ts';
import { demoUuid } from './ids.ts';
import type { Sector } from './industries.ts';
import type { NationalityProfile } from './names.ts';
import { geometricCount, type Random } from './random.ts';
import type { DemoEmployment, DemoPerson, EmploymentRole } from './types.ts';
import { createPerson, nationalityTable, permitType } from './workforce.ts';

/** Upper bound of persons per company (ids encode up to 65 535). */
export const MAX_PERSONS = 400;

/** The owner of a company; one owner may own several companies of a group. */
export interface Owner {
  readonly personId: string;
  readonly profile: NationalityProfile;
  readonly givenName: string;
  readonly familyName: string;
}

export interface StaffInput {
  readonly options: {
    readonly seed: number;
    readonly personsPerCompany: number;
    readonly referenceDay: number;
    readonly referenceYear: number;
  };
  readonly index: number;
  readonly companyId: string;
  readonly sector: Sector;
  readonly legalForm: LegalForm;
  readonly owner: Owner;
  readonly foundedDay: number;
}

export interface Staff {
  /** New persons other than the owner. */
  readonly persons: DemoPerson[];
  readonly employments: DemoEmployment[];
  readonly reportedHeadcount: number;
}

const TEN_YEARS = 3652;

/** Creates the company's persons (slot 0 is the owner, already created) and all its employments. */
export function createStaff(random: Random, input: StaffInput): Staff {
  const { options, index, companyId, sector, legalForm, owner, foundedDay } = input;
  const persons: DemoPerson[] = [];
  const employments: DemoEmployment[] = [];
  const employ = (
    person: string,
    profile: NationalityProfile,
    role: EmploymentRole,
    startDay: number,
  ): void => {
    employments.push({
      id: demoUuid(options.seed, 'employment', index, employments.length),
      personId: person,
      companyId,
      role,
      permitType: permitType(random, profile, role, sector),
      startedOn: isoDate(startDay),
    });
  };

  const partnership = legalForm.code === 'Ky' || legalForm.code === 'Ay';
  employ(owner.personId, owner.profile, 'owner', foundedDay);
  if (!partnership && legalForm.code !== 'Tmi')
    employ(owner.personId, owner.profile, 'board_member', foundedDay);

  const total = 1 + geometricCount(random, options.personsPerCompany - 1, MAX_PERSONS - 1);
  const foreignOwner = owner.profile.nationality !== 'FI';
  const workforce =
    foreignOwner && random.chance(0.7) ? owner.profile : random.pickFrom(nationalityTable(sector, false));
  const firstStart = Math.max(foundedDay, options.referenceDay - TEN_YEARS);
  let employees = 0;

  for (let slot = 1; slot < total; slot++) {
    let role: EmploymentRole = 'employee';
    if (slot === 1 && partnership) role = 'owner';
    else if (slot === 1 && legalForm.code === 'Oyj') role = 'board_member';
    const profile =
      role !== 'employee' || random.chance(0.55)
        ? workforce
        : random.pickFrom(nationalityTable(sector, false));
    const person = createPerson(
      random,
      demoUuid(options.seed, 'person', index, slot),
      profile,
      role,
      sector,
      options.referenceYear,
    );
    persons.push(person);
    let startDay = role === 'employee' ? random.int(firstStart, options.referenceDay) : foundedDay;
    if (person.under18) startDay = Math.max(firstStart, options.referenceDay - random.int(0, 300));
    if (role === 'employee') employees++;
    employ(person.id, profile, role, startDay);
  }

  const r = random.next();
  let reportedHeadcount = employees;
  if (r < 0.07) reportedHeadcount = 0;
  else if (r < 0.25) reportedHeadcount = employees + random.int(1, 1 + employees);
  return { persons, employments, reportedHeadcount };
}
