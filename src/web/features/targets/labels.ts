/** UI words for register codes the server sends (target types, roles, statuses, site types). */
import type { MessageKey } from '../../i18n/messages.ts';
import type { Translate } from '../../i18n/translate.ts';
import type { CompetenceConfig } from '../records/records.types.ts';
import type { Target, TargetType } from './targets.types.ts';

const TYPE_TEXT: Record<TargetType, MessageKey> = {
  company: 'targets.type.company',
  worksite: 'targets.type.worksite',
  person: 'targets.type.person',
};

const CODE_TEXT: Record<string, MessageKey> = {
  'status.active': 'targets.status.active',
  'status.dissolved': 'targets.status.dissolved',
  'status.bankrupt': 'targets.status.bankrupt',
  'status.liquidation': 'targets.status.liquidation',
  'status.merged': 'targets.status.merged',
  'site.construction_site': 'targets.site.construction_site',
  'site.farm': 'targets.site.farm',
  'site.greenhouse': 'targets.site.greenhouse',
  'site.restaurant': 'targets.site.restaurant',
  'site.cleaning_site': 'targets.site.cleaning_site',
  'site.office': 'targets.site.office',
  'site.warehouse': 'targets.site.warehouse',
  'site.other': 'targets.site.other',
  'role.worker': 'targets.role.worker',
  'role.possible_victim': 'targets.role.possible_victim',
  'role.suspect': 'targets.role.suspect',
  'role.contact': 'targets.role.contact',
  'link.employee': 'targets.link.employee',
  'link.owner': 'targets.link.owner',
  'link.board_member': 'targets.link.board_member',
  'request.open': 'targets.request.status.open',
  'request.granted': 'targets.request.status.granted',
  'request.declined': 'targets.request.status.declined',
};

export const SITE_TYPES = [
  'construction_site',
  'farm',
  'greenhouse',
  'restaurant',
  'cleaning_site',
  'office',
  'warehouse',
  'other',
] as const;
export const PERSON_ROLES = ['worker', 'possible_victim', 'suspect', 'contact'] as const;
export const COMPANY_STATUSES = ['active', 'dissolved', 'bankrupt', 'liquidation'] as const;

export function typeLabel(t: Translate, type: string): string {
  const key = TYPE_TEXT[type as TargetType];
  return key ? t(key) : type;
}

/** `codeLabel(t, 'site', 'farm')` → "Maatila"; an unknown code is shown as it is. */
export function codeLabel(
  t: Translate,
  group: 'status' | 'site' | 'role' | 'link' | 'request',
  code: string,
) {
  const key = CODE_TEXT[`${group}.${code}`];
  return key ? t(key) : code;
}

export function targetName(target: Target): string {
  return target.type === 'person' ? `${target.givenName} ${target.familyName}` : target.name;
}

/**
 * Purposes the requester may ask the holder for: those of the map's rules from the holder to the
 * requester; all purposes when the map has none (the engine then explains the refusal).
 */
export function requestPurposes(config: CompetenceConfig, holder: string, requester: string): string[] {
  const codes = new Set<string>();
  for (const rule of config.rules) {
    const to: readonly string[] = Array.isArray(rule.to) ? rule.to : [rule.to];
    if (rule.from === holder && to.includes(requester)) for (const p of rule.purposes) codes.add(p);
  }
  const all = config.purposes.map((p) => p.code);
  return codes.size ? all.filter((code) => codes.has(code)) : all;
}
