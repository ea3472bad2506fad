import { orderedEntries } from './ordered-entries';
import { putRecords, readableStore, readRecords, removeRecords, type ReadableStore } from './record-store';
import { DISABLED, PHRASE, RULE, RULE_DISABLED } from './records';

/**
 * What the agent added to the bank and switched off in it: their own phrases and lines to avoid, kept as
 * written (plain objects; the bank validator decides which are usable when the engine is built, so one bad
 * entry never hides the others), and the ids of built-in or team phrases and rules they do not want.
 */
export interface PersonalPhrases {
  /** In the agent's list order. */
  phrases: Record<string, unknown>[];
  /** Ids of built-in (or team) phrases the agent does not want suggested. */
  disabled: string[];
  rules: Record<string, unknown>[];
  /** Ids of built-in (or team) lines to avoid the agent switched off. */
  disabledRules: string[];
}

/** Room for a team's whole macro library imported as personal phrases; the engine ranks 50 000 within a frame. */
export const MAX_PERSONAL_PHRASES = 5000;
/** Far more lines to avoid than anyone writes by hand; lint stays under 5 ms per keystroke with 750. */
export const MAX_PERSONAL_RULES = 500;

export const EMPTY_PERSONAL: PersonalPhrases = { phrases: [], disabled: [], rules: [], disabledRules: [] };

const phrases = orderedEntries(PHRASE, 'Phrase', MAX_PERSONAL_PHRASES, (order, phrase) => ({ order, phrase }), (s) => s.phrase);
const rules = orderedEntries(RULE, 'Rule', MAX_PERSONAL_RULES, (order, rule) => ({ order, rule }), (s) => s.rule);

const switchedOff = async (kind: typeof DISABLED) =>
  [...(await readRecords(kind))].sort((a, b) => a[1] - b[1]).map(([id]) => id);

export async function readPersonal(): Promise<PersonalPhrases> {
  const [ownPhrases, disabled, ownRules, disabledRules] = await Promise.all([
    phrases.read(),
    switchedOff(DISABLED),
    rules.read(),
    switchedOff(RULE_DISABLED),
  ]);
  return { phrases: ownPhrases, disabled, rules: ownRules, disabledRules };
}

export const personalPhrases: ReadableStore<PersonalPhrases> = readableStore([PHRASE, DISABLED, RULE, RULE_DISABLED], readPersonal);
export const watchPersonal = personalPhrases.watch;

/** One record per phrase, keyed by its `id`: an existing id is replaced in place, a new one appended. */
export const putPhrases = phrases.put;
export const renamePhrase = phrases.rename;
export const removePhrase = phrases.remove;
export const putRules = rules.put;
export const renameRule = rules.rename;
export const removeRule = rules.remove;

export function setBuiltinDisabled(id: string, disabled: boolean): Promise<void> {
  return disabled ? putRecords(DISABLED, [[id, Date.now()]]) : removeRecords(DISABLED, [id]);
}

export function setBuiltinRuleDisabled(id: string, disabled: boolean): Promise<void> {
  return disabled ? putRecords(RULE_DISABLED, [[id, Date.now()]]) : removeRecords(RULE_DISABLED, [id]);
}
