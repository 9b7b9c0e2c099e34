/** zod schemas of the annual clock (vuosikello) API. */
import { z } from 'zod';
import { AUTHORITY_CODES } from '../../../contracts/authorities.ts';

export const ZClockKind = z.enum(['theme_inspection', 'empact_action_day', 'seasonal_work', 'other']);
const ZCode = z.string().trim().min(1).max(80);

export const ZClockItem = z.object({
  id: z.string(),
  kind: ZClockKind,
  title: z.string(),
  description: z.string(),
  sectors: z.array(z.string()),
  startsOn: z.string(),
  endsOn: z.string(),
  recurring: z.enum(['yearly', 'once']),
  ownerAuthority: z.string(),
  authorities: z.array(z.string()),
  source: z.string().nullable(),
  mayEdit: z.boolean(),
});
export type TClockItem = z.infer<typeof ZClockItem>;

const fields = {
  kind: ZClockKind,
  title: z.string().trim().min(3, 'title needs at least 3 characters').max(200),
  description: z.string().trim().max(5_000),
  sectors: z.array(ZCode).max(30),
  startsOn: z.iso.date(),
  endsOn: z.iso.date(),
  recurring: z.enum(['yearly', 'once']),
  authorities: z.array(z.enum(AUTHORITY_CODES)).max(13),
  source: z.string().trim().max(500),
};

const datesInOrder = (v: { startsOn?: string; endsOn?: string }) =>
  !v.startsOn || !v.endsOn || v.startsOn <= v.endsOn;
const yearAtMost = (v: { startsOn?: string; endsOn?: string; recurring?: string }) =>
  v.recurring !== 'yearly' ||
  !v.startsOn ||
  !v.endsOn ||
  Date.parse(v.endsOn) - Date.parse(v.startsOn) < 365 * 86_400_000;

export const ZCreateClockItem = z
  .object({
    ...fields,
    description: fields.description.default(''),
    sectors: fields.sectors.default([]),
    recurring: fields.recurring.default('once'),
    authorities: fields.authorities.default([]),
    source: fields.source.optional(),
  })
  .refine(datesInOrder, { message: 'endsOn must not be before startsOn', path: ['endsOn'] })
  .refine(yearAtMost, { message: 'a yearly item lasts less than a year', path: ['endsOn'] });
export type TCreateClockItem = z.infer<typeof ZCreateClockItem>;

export const ZUpdateClockItem = z
  .object({
    kind: fields.kind.optional(),
    title: fields.title.optional(),
    description: fields.description.optional(),
    sectors: fields.sectors.optional(),
    startsOn: fields.startsOn.optional(),
    endsOn: fields.endsOn.optional(),
    recurring: fields.recurring.optional(),
    authorities: fields.authorities.optional(),
    source: fields.source.nullable().optional(),
  })
  .refine(datesInOrder, { message: 'endsOn must not be before startsOn', path: ['endsOn'] });
export type TUpdateClockItem = z.infer<typeof ZUpdateClockItem>;

export const ZClockQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
});
