/**
 * Types of the worker information app's content: what editors write (source content, per language) and
 * what the publication builder resolves it into for one language. Shared by the Node side (publication
 * builder, CMS) and the browser app, so this file holds types only.
 */

/** A BCP-47 language tag, e.g. 'fi', 'vi', 'fa-AF'. */
export type LanguageCode = string;
export type TextDirection = 'ltr' | 'rtl';

export interface Language {
  code: LanguageCode;
  /** The language's own name in its own script, shown in the language picker. */
  nativeName: string;
  englishName: string;
  dir: TextDirection;
}

/** A text in some of the languages; a missing key means "not translated", never an empty string. */
export type LocalizedText = Partial<Record<LanguageCode, string>>;

export type Block =
  | { type: 'p'; text: string }
  | { type: 'list'; items: string[] }
  | { type: 'callout'; text: string }
  | { type: 'contact'; contactId: string };

/** One page in one language, as an editor writes it. */
export interface PageText {
  slug: string;
  title: string;
  summary: string;
  blocks: Block[];
  /** When this language version was last changed (YYYY-MM-DD). */
  updatedAt: string;
  /**
   * For translations: the date (YYYY-MM-DD) of the source version the translator worked from. A translation
   * whose basedOn is older than the newest source version is "outdated". Defaults to updatedAt.
   */
  basedOn?: string;
  sources: string[];
}

/** All pages, per language. The order of the source-language lists decides the order of topics. */
export type PageSet = Partial<Record<LanguageCode, PageText[]>>;

export type ContactTag = 'urgent' | 'victim' | 'wages' | 'hours' | 'safety' | 'housing' | 'police' | 'free';

export interface Contact {
  id: string;
  name: LocalizedText;
  description: LocalizedText;
  /** A dialable number without spaces, for tel: links (E.164 where the number works from abroad). */
  phone?: string;
  /** The number as people write it. */
  phoneDisplay?: string;
  email?: string;
  url?: string;
  hours: LocalizedText;
  /** Languages the service itself is stated to serve in (BCP-47). Empty when the source does not say. */
  languages: LanguageCode[];
  /** The source says interpreters are arranged for other languages. */
  interpreters: boolean;
  tags: ContactTag[];
  source: string;
  /** When the facts were last checked against the source (YYYY-MM-DD). */
  checkedOn: string;
}

/** The 11 ILO indicators of forced labour (ILO SAP-FL 2012). */
export type IloIndicator =
  | 'abuse-of-vulnerability'
  | 'deception'
  | 'restriction-of-movement'
  | 'isolation'
  | 'physical-and-sexual-violence'
  | 'intimidation-and-threats'
  | 'retention-of-identity-documents'
  | 'withholding-of-wages'
  | 'debt-bondage'
  | 'abusive-working-and-living-conditions'
  | 'excessive-overtime';

/** Which kind of help a question points to when the answer is Yes or Maybe. */
export type HelpTopic = 'pay' | 'hours' | 'safety' | 'housing' | 'trafficking';

export type SelfCheckAnswer = 'yes' | 'maybe' | 'no';

/** The language-free part of a self-check question: all that evaluation needs. */
export interface SelfCheckRule {
  id: string;
  indicators: IloIndicator[];
  topics: HelpTopic[];
  /** A Yes means danger now: point to 112 and the assistance system first. */
  urgent: boolean;
}

export interface SelfCheckQuestion extends SelfCheckRule {
  text: LocalizedText;
  /** Optional short example to make the question concrete. */
  hint?: LocalizedText;
}

export interface SelfCheckReason {
  questionId: string;
  answer: Exclude<SelfCheckAnswer, 'no'>;
  indicators: IloIndicator[];
}

export interface SelfCheckResult {
  level: 'urgent' | 'advice' | 'ok';
  contactIds: string[];
  reasons: SelfCheckReason[];
}

export interface Notice {
  id: string;
  title: LocalizedText;
  body: LocalizedText;
  /** Target languages; empty = every language. */
  languages: LanguageCode[];
  /** Sectors the notice concerns (free text keys such as 'berry-picking'); informational. */
  sectors: string[];
  publishedAt: string;
  expiresAt: string;
}

// ---- The resolved view of one language, as published ----

/** A text together with the language it is actually in (which may be a fallback language). */
export interface ResolvedText {
  text: string;
  lang: LanguageCode;
}

export type PageStatus = 'translated' | 'missing' | 'outdated';

export interface ResolvedPage {
  slug: string;
  title: string;
  summary: string;
  blocks: Block[];
  /** The language the page text is actually in. */
  lang: LanguageCode;
  dir: TextDirection;
  status: PageStatus;
  updatedAt: string;
  sources: string[];
}

export interface ResolvedContact {
  id: string;
  name: ResolvedText;
  description: ResolvedText;
  hours: ResolvedText;
  phone?: string;
  phoneDisplay?: string;
  email?: string;
  url?: string;
  languages: LanguageCode[];
  interpreters: boolean;
  tags: ContactTag[];
  source: string;
  checkedOn: string;
}

export interface ResolvedSelfCheckQuestion extends SelfCheckRule {
  text: ResolvedText;
  hint?: ResolvedText;
}

export interface ResolvedNotice {
  id: string;
  title: ResolvedText;
  body: ResolvedText;
  sectors: string[];
  publishedAt: string;
  expiresAt: string;
}

export type LanguageStatus = 'complete' | 'partial' | 'missing';

/** Everything the app shows in one language: the content of `content/<id>/<lang>.json`. */
export interface LanguageView {
  lang: LanguageCode;
  dir: TextDirection;
  status: LanguageStatus;
  pages: ResolvedPage[];
  contacts: ResolvedContact[];
  ui: Record<string, ResolvedText>;
  selfCheck: ResolvedSelfCheckQuestion[];
  notices: ResolvedNotice[];
}

export interface ManifestLanguage extends Language {
  status: LanguageStatus;
}

/** Optional parts of the app that the server's configuration can switch off (absent = on). */
export interface PublicationFeatures {
  /** The anonymous "tell the authorities" form and the reply lookup. */
  tips?: boolean;
  selfCheck?: boolean;
}

/** `manifest.json`: small, not immutable; tells clients which content version is current. */
export interface PublicationManifest {
  id: string;
  publishedAt: string;
  /** The language shown when a text is missing in the chosen language. */
  fallbackLanguage: LanguageCode;
  languages: ManifestLanguage[];
  files: Record<LanguageCode, string>;
  features?: PublicationFeatures;
}
