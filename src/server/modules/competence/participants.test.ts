/** "Who should be at the table" for a planning meeting. */
import { describe, expect, it } from 'vitest';
import { SHIPPED_COMPETENCE_CONFIG } from './competence.data.ts';
import { InvalidRequestError, UnknownCodeError } from './competence.errors.ts';
import type { IssueArea } from './competence.schemas.ts';
import { whoShouldBeAtTheTable } from './participants.ts';

describe('whoShouldBeAtTheTable', () => {
  it('ranks OSH first for wages and working hours and explains why', () => {
    const seats = whoShouldBeAtTheTable(SHIPPED_COMPETENCE_CONFIG, {
      issueAreas: ['wages', 'working_hours'],
    });
    expect(seats[0]?.authority).toBe('osh');
    expect(seats[0]?.issueAreas).toEqual(['wages', 'working_hours']);
    expect(seats[0]?.why.fi).toContain('toimivalta asioissa palkat ja työajat');
    expect(seats[0]?.competences.map((c) => c.id)).toContain('osh-minimum-terms');
  });

  it('brings the assistance system and the police when victims are involved', () => {
    const seats = whoShouldBeAtTheTable(SHIPPED_COMPETENCE_CONFIG, {
      issueAreas: ['victims', 'crime_investigation'],
    });
    const codes = seats.map((s) => s.authority);
    expect(codes.slice(0, 3)).toContain('police');
    expect(codes).toContain('nas');
    expect(codes).not.toContain('tax');
  });

  it('uses sectors: driving times only for road transport', () => {
    const road = whoShouldBeAtTheTable(SHIPPED_COMPETENCE_CONFIG, {
      issueAreas: ['working_hours'],
      sectors: ['road_transport'],
    });
    const building = whoShouldBeAtTheTable(SHIPPED_COMPETENCE_CONFIG, {
      issueAreas: ['working_hours'],
      sectors: ['construction'],
    });
    const ids = (seats: typeof road) => seats.flatMap((s) => s.competences.map((c) => c.id));
    expect(ids(road)).toContain('osh-driving-times');
    expect(ids(building)).not.toContain('osh-driving-times');
  });

  it('rejects unknown or missing issue areas', () => {
    expect(() =>
      whoShouldBeAtTheTable(SHIPPED_COMPETENCE_CONFIG, { issueAreas: ['gossip' as IssueArea] }),
    ).toThrow(UnknownCodeError);
    expect(() => whoShouldBeAtTheTable(SHIPPED_COMPETENCE_CONFIG, { issueAreas: [] })).toThrow(
      InvalidRequestError,
    );
  });
});
