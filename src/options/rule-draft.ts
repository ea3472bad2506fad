// The line-to-avoid form's state and how it becomes a bank rule: what the agent typed (one pattern, one
// alternative per line), turned into the object the bank validator checks, with an id made from the first
// pattern, and the validator's problems sorted by form field. Saving runs the bank-wide checks too.
import type { Problem } from '../engine/bank';
import { compileRules, lint } from '../engine/lint';
import { SEVERITIES, type AvoidRule, type Bank, type LintFinding, type Phrase, type Severity } from '../engine/types';
import { PERSONAL_RULES_FILE, withPersonalRules } from '../bank/personal-rules';
import type { PersonalPhrases } from '../storage/personal-phrases';
import { hasErrors } from './draft';
import { slugWords, unusedId } from './entry-ids';
import { groupByField, type ProblemsOf } from './field-problems';

export interface RuleDraft {
  /** Kept when editing, so the sidebar's counts of caught lines still find the rule; generated for a new one. */
  id?: string;
  /** As typed: one word sequence per line. */
  patterns: string;
  severity: Severity;
  why: string;
  /** As typed: one phrase id or replacement text per line. */
  alternatives: string;
}

export type RuleField = 'patterns' | 'severity' | 'why' | 'alternatives';
export const RULE_FIELDS: readonly RuleField[] = ['patterns', 'severity', 'why', 'alternatives'];
export type RuleProblems = ProblemsOf<RuleField>;

const idOf = (rule: Record<string, unknown>) => (typeof rule.id === 'string' ? rule.id : undefined);

export const blankRuleDraft = (): RuleDraft => ({ patterns: '', severity: 'warning', why: '', alternatives: '' });

/** "no way to\n\n  not possible " → ["no way to", "not possible"]. */
export function splitLines(typed: string): string[] {
  return typed
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** The pattern's words as an id: "There's no way to!" → "theres-no-way-to". */
export const ruleSlug = (pattern: string): string => slugWords(pattern, 'line');

/** `personal-<words of the first pattern>`, with -2, -3… when a built-in, team or personal rule has it. */
export function personalRuleId(patterns: string, taken: ReadonlySet<string>): string {
  return unusedId(`personal-${ruleSlug(splitLines(patterns)[0] ?? '')}`, taken);
}

/**
 * The id the rule is saved under. An edited rule keeps its own (even a built-in rule's id, which it rewords),
 * unless another of the agent's rules has it; a new one gets a fresh id no built-in, team or personal rule has.
 */
export function ruleDraftId(draft: RuleDraft, bank: Bank, others: readonly Record<string, unknown>[]): string {
  const personal = new Set(others.map(idOf).filter((id): id is string => id !== undefined));
  if (draft.id && !personal.has(draft.id)) return draft.id;
  return personalRuleId(draft.patterns, new Set([...bank.rules.map((r) => r.id), ...personal]));
}

/** A rule as a plain record (a mapped type, so it is also a Record<string, unknown>, which storage keeps). */
export type RuleEntry = Pick<AvoidRule, keyof AvoidRule>;

/** The bank entry for a draft, as stored. */
export function toRule(draft: RuleDraft, id: string): RuleEntry {
  return {
    id,
    patterns: splitLines(draft.patterns),
    severity: draft.severity,
    why: draft.why.trim(),
    alternatives: splitLines(draft.alternatives),
  };
}

/** A stored rule back into the form (whatever was stored: a field of the wrong type shows as blank). */
export function fromRule(stored: Record<string, unknown>): RuleDraft {
  const lines = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').join('\n') : '');
  return {
    id: typeof stored.id === 'string' ? stored.id : undefined,
    patterns: lines(stored.patterns),
    severity: typeof stored.severity === 'string' ? (stored.severity as Severity) : blankRuleDraft().severity,
    why: typeof stored.why === 'string' ? stored.why : '',
    alternatives: lines(stored.alternatives),
  };
}

export const groupRuleProblems = (problems: readonly Problem[]): RuleProblems => groupByField(problems, RULE_FIELDS);

/**
 * The draft checked as the bank validator checks a rule, within `bank` (the built-in, team and personal phrases
 * and rules the sidebar runs on): its own fields, then the bank-wide checks (alternatives naming phrases, the
 * rule flagging a phrase, a replacement flagged by a rule in force). `others` are the agent's other rules.
 */
export function checkRuleDraft(draft: RuleDraft, id: string, bank: Bank, others: readonly Record<string, unknown>[] = [], disabledRules: readonly string[] = []): Problem[] {
  const rule = toRule(draft, id);
  return withPersonalRules(bank, [...others, rule], disabledRules).problems.filter((p) => p.file === PERSONAL_RULES_FILE && p.id === id);
}

export type RuleSaveResult = { ok: true; rule: RuleEntry; id: string; warnings: Problem[] } | { ok: false; id: string; problems: Problem[] };

/**
 * The rule to store for a draft (replacing entry `editing` of the personal list, or new when undefined), after
 * the validator's checks within `bank` (the bank below the agent's rules). Errors refuse the save; warnings
 * come back to show beside the fields.
 */
export function saveRuleDraft(personal: PersonalPhrases, draft: RuleDraft, editing: number | undefined, bank: Bank): RuleSaveResult {
  const others = personal.rules.filter((_, i) => i !== editing);
  const id = ruleDraftId(draft, bank, others);
  const problems = checkRuleDraft(draft, id, bank, others, personal.disabledRules);
  if (hasErrors(problems)) return { ok: false, id, problems };
  return { ok: true, rule: toRule(draft, id), id, warnings: problems };
}

/** A copy of rule `index` under a fresh id (`<id>-copy`, `<id>-copy-3`…), to be placed right after it. */
export function duplicateRule(personal: PersonalPhrases, index: number, bank: Bank): Record<string, unknown> | undefined {
  const original = personal.rules[index];
  if (!original) return undefined;
  const taken = new Set([...bank.rules.map((r) => r.id), ...personal.rules.map(idOf)]);
  const base = `${idOf(original) ?? 'personal-line'}-copy`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return { ...original, id };
}

/**
 * A reply that holds each of the draft's patterns, for the preview when the agent has typed no sample of their
 * own: every line they listed should light up in it.
 */
export function sampleDraft(draft: RuleDraft): string {
  const sentences = splitLines(draft.patterns).map((p) => `${p.charAt(0).toUpperCase()}${p.slice(1)}.`);
  return ['Hi Maria, thanks for your patience.', ...sentences, "I'll update you by Friday."].join(' ');
}

/**
 * What the sidebar would flag in `sample` with this rule alone, found by the real draft check: the rule as typed
 * (even while other fields are incomplete), its alternatives resolved to the bank's phrase texts.
 */
export function previewFindings(draft: RuleDraft, sample: string, phrases: readonly Phrase[]): LintFinding[] {
  const rule = toRule(draft, draft.id ?? 'this-rule');
  return lint(sample, compileRules([{ ...rule, severity: SEVERITIES.includes(rule.severity) ? rule.severity : 'warning' }], phrases));
}
