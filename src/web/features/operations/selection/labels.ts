/** Labels and number formatting of target selection. */
import type { UiLocale } from '../../../../contracts/languages.ts';
import type { Translate } from '../../../i18n/translate.ts';
import type { Decision } from './selection.api.ts';

const DECISION_KEY = {
  candidate: 'operations.selection.decision.candidate',
  selected: 'operations.selection.decision.selected',
  rejected: 'operations.selection.decision.rejected',
} as const;

export const decisionLabel = (t: Translate, decision: Decision | null): string =>
  decision ? t(DECISION_KEY[decision]) : t('operations.selection.decision.none');

const GROUP_KEY = {
  ilo: 'operations.selection.weights.group.ilo',
  modus_operandi: 'operations.selection.weights.group.modus_operandi',
  sector: 'operations.selection.weights.group.sector',
  compliance: 'operations.selection.weights.group.compliance',
} as const;

export const GROUPS = Object.keys(GROUP_KEY) as (keyof typeof GROUP_KEY)[];
export const groupLabel = (t: Translate, group: keyof typeof GROUP_KEY): string => t(GROUP_KEY[group]);

/** A score or contribution with one decimal, in the UI language's number format. */
export const formatScore = (value: number, locale: UiLocale): string =>
  new Intl.NumberFormat(locale === 'en' ? 'en-GB' : `${locale}-FI`, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);

/** A raw indicator value: integers as they are, shares and strengths with two decimals. */
export const formatRaw = (value: number | null, locale: UiLocale): string =>
  value === null
    ? ''
    : new Intl.NumberFormat(locale === 'en' ? 'en-GB' : `${locale}-FI`, { maximumFractionDigits: 2 }).format(
        value,
      );
