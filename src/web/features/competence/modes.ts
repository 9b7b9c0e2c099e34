/**
 * How each disclosure mode looks everywhere on the map: a colour (a CSS modifier), an icon and a
 * text — never colour alone — plus a short abbreviation for matrix cells.
 */
import type { ComponentType } from 'react';
import {
  IconAlert,
  IconDisabled,
  IconHelp,
  IconInternet,
  IconMailReceive,
  IconMailSend,
  IconMinus,
} from 'suomifi-ui-components';
import type { MessageKey } from '../../i18n/messages.ts';
import type { DecisionMode } from './competence.types.ts';

export interface ModeLook {
  /** CSS modifier: `mode--duty` etc. */
  tone: 'duty' | 'own' | 'request' | 'denied' | 'none' | 'self' | 'public';
  icon: ComponentType<{ className?: string }>;
  label: MessageKey;
  abbr: MessageKey;
}

export const MODE_LOOK: Record<DecisionMode, ModeLook> = {
  duty_to_notify: {
    tone: 'duty',
    icon: IconAlert,
    label: 'competence.mode.duty_to_notify',
    abbr: 'competence.abbr.duty_to_notify',
  },
  own_initiative: {
    tone: 'own',
    icon: IconMailSend,
    label: 'competence.mode.own_initiative',
    abbr: 'competence.abbr.own_initiative',
  },
  on_request: {
    tone: 'request',
    icon: IconMailReceive,
    label: 'competence.mode.on_request',
    abbr: 'competence.abbr.on_request',
  },
  not_allowed: {
    tone: 'denied',
    icon: IconDisabled,
    label: 'competence.mode.not_allowed',
    abbr: 'competence.abbr.not_allowed',
  },
  no_rule: {
    tone: 'none',
    icon: IconHelp,
    label: 'competence.mode.no_rule',
    abbr: 'competence.abbr.no_rule',
  },
  own_authority: {
    tone: 'self',
    icon: IconMinus,
    label: 'competence.mode.own_authority',
    abbr: 'competence.abbr.own_authority',
  },
  public: {
    tone: 'public',
    icon: IconInternet,
    label: 'competence.mode.public',
    abbr: 'competence.abbr.public',
  },
};

/** Modes in the order the pages list them: strongest permission first, refusals last. */
export const MODE_ORDER: readonly DecisionMode[] = [
  'duty_to_notify',
  'own_initiative',
  'on_request',
  'public',
  'own_authority',
  'not_allowed',
  'no_rule',
];

/** The rule modes (what a stored rule can say), in the same order. */
export const RULE_MODES = ['duty_to_notify', 'own_initiative', 'on_request', 'not_allowed'] as const;
