// The shared vocabulary of Composure: what a ticket looks like to the engine, what the bank holds,
// and what the engine answers. Pure data types: no DOM, no browser API.

/** The fixed situation vocabulary (see the walking-skeleton issue). */
export const SITUATIONS = [
  'delivery',
  'refund',
  'faulty',
  'billing',
  'discount',
  'cancellation',
  'unavailable',
  'technical',
  'waiting',
  'escalation',
  'complaint',
] as const;
export type Situation = (typeof SITUATIONS)[number];

export const MOODS = ['calm', 'frustrated', 'angry'] as const;
export type Mood = (typeof MOODS)[number];

/** Phrase categories; each belongs to one stage of a well-built reply. */
export const CATEGORIES = [
  'empathy',
  'apology',
  'ownership',
  'de-escalation',
  'boundary',
  'reassurance',
  'yes-if',
  'policy',
  'delay-update',
  'cant-provide',
  'hard-question',
  'info-gathering',
  'escalation-handoff',
  'compromise',
  'follow-up',
  'closing',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** The order a good reply is built in: acknowledge → own → address → next step → close. */
export const REPLY_STAGES = ['acknowledge', 'own', 'address', 'next-step', 'close'] as const;
export type ReplyStage = (typeof REPLY_STAGES)[number];

export const TONES = ['warm', 'neutral', 'formal'] as const;
export type Tone = (typeof TONES)[number];

export const LENGTHS = ['short', 'long'] as const;
export type Length = (typeof LENGTHS)[number];

export const SEVERITIES = ['info', 'warning', 'error'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Placeholders agents already know from Zendesk/Freshdesk macros, plus agent-fill slots `{{fill:name}}`. */
export const KNOWN_PLACEHOLDERS = [
  'ticket.requester.first_name',
  'ticket.requester.name',
  'ticket.id',
  'ticket.title',
  'current_user.first_name',
] as const;
export type KnownPlaceholder = (typeof KNOWN_PLACEHOLDERS)[number];

export interface Phrase {
  /** Stable, unique across the bank: `<category>.<slug>`, lowercase, digits and dashes. */
  id: string;
  category: Category;
  /** What gets inserted. May span lines (`\n`); may hold `{{placeholder}}` and `{{fill:slot}}`. */
  text: string;
  /** Situations it fits; empty = fits any situation. */
  situations: Situation[];
  /** Moods it suits; empty = any mood. */
  moods: Mood[];
  /** Words and short phrases in customer text that call for it. */
  triggers: string[];
  tone: Tone;
  length: Length;
  /**
   * The name the team knew the phrase by, when it came from a helpdesk macro or canned response
   * ("Billing::Refund issued"): one line, shown beside the text so agents recognise their own macros.
   */
  label?: string;
}

export interface AvoidRule {
  /** Stable, unique: lowercase, digits and dashes. */
  id: string;
  /** Word sequences to catch; matching ignores case, apostrophe style and contraction form. */
  patterns: string[];
  severity: Severity;
  /** One line an agent understands: why this line hurts. */
  why: string;
  /** Phrase ids from the bank, or literal replacement texts. At least one. */
  alternatives: string[];
}

export interface Playbook {
  id: string;
  title: string;
  /** When the sidebar shows it. */
  when: { situations?: Situation[]; moods?: Mood[]; abusive?: boolean };
  steps: string[];
}

export interface Bank {
  phrases: Phrase[];
  rules: AvoidRule[];
  playbooks: Playbook[];
}

// ---------------------------------------------------------------------------------------------
// Tickets and analysis

export type AuthorRole = 'customer' | 'agent';

export interface TicketMessage {
  role: AuthorRole;
  author?: string;
  /** ISO timestamp when known. */
  time?: string;
  text: string;
}

/** What an adapter reads off the page: everything the engine and placeholder filling need. */
export interface TicketSnapshot {
  helpdesk: 'zendesk' | 'freshdesk' | 'generic';
  ticketId?: string;
  subject?: string;
  requesterName?: string;
  requesterFirstName?: string;
  agentFirstName?: string;
  messages: TicketMessage[];
  /** The latest message written by the customer ('' when none). */
  latestCustomerMessage: string;
}

/** A span of the analysed text: offsets into the text the analyser was given. */
export interface Evidence {
  start: number;
  end: number;
  text: string;
}

export interface SituationHit {
  id: Situation;
  score: number;
  evidence: Evidence[];
}

export interface MoodReading {
  mood: Mood;
  /** 0..1 */
  intensity: number;
  evidence: Evidence[];
}

export interface AbuseReading {
  abusive: boolean;
  evidence: Evidence[];
}

export interface Analysis {
  /** Detected situations, best first. */
  situations: SituationHit[];
  mood: MoodReading;
  abuse: AbuseReading;
}

export interface Suggestion {
  phrase: Phrase;
  stage: ReplyStage;
  score: number;
  /** Human-readable reasons: which situation, mood or trigger called for it. */
  reasons: string[];
}

export interface LintFinding {
  start: number;
  end: number;
  ruleId: string;
  found: string;
  why: string;
  severity: Severity;
  /** Replacement texts (rule alternatives resolved to phrase text where they name a phrase). */
  alternatives: string[];
}
