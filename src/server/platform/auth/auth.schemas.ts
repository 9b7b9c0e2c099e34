/** Request and response schemas of the auth routes (validation and OpenAPI from the same zod). */
import { z } from 'zod';
import { AUTHORITY_CODES } from '../../../contracts/authorities.ts';
import { ROLES } from '../../../contracts/roles.ts';

export const ZLoginBody = z.object({
  username: z.string().trim().min(1, 'username is required').max(100),
  password: z.string().min(1, 'password is required').max(1000),
});

const ZLocalized = z.object({ fi: z.string(), sv: z.string(), en: z.string() });

export const ZMe = z.object({
  id: z.string().uuid(),
  username: z.string(),
  displayName: z.string(),
  authority: z.object({ code: z.enum(AUTHORITY_CODES), name: ZLocalized, shortName: ZLocalized }),
  unit: z.object({ id: z.string().uuid(), name: ZLocalized }).nullable(),
  roles: z.array(z.enum(ROLES)),
  locale: z.enum(['fi', 'sv', 'en']),
  csrfToken: z.string(),
});
export type TMe = z.infer<typeof ZMe>;

export const ZPreferencesBody = z.object({ locale: z.enum(['fi', 'sv', 'en']) });
