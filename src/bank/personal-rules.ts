// The agent's own lines to avoid, merged into the bank the sidebar runs on. They are checked by the same code as
// the shipped rule file: each entry on its own (checkRule), then against the whole bank (checkBank: alternatives
// naming missing phrases, a rule flagging the bank's own phrases, a replacement text that is itself flagged).
// A rule with an error is left out, and `problems` says why; the others join the bank.
import { checkBank, type Located } from '../engine/bank/bank-checks';
import { isObject } from '../engine/bank/fields';
import { entryLabel } from '../engine/bank/ids';
import { ProblemSink, type Problem } from '../engine/bank/problem';
import { checkRule } from '../engine/bank/rule';
import type { AvoidRule, Bank } from '../engine/types';

/** The name personal rules go by in validation problems (they live in storage, not in a file). */
export const PERSONAL_RULES_FILE = 'personal lines to avoid';
/** The name the bank below them goes by while checking; its own problems were reported when it was built. */
const BANK_BELOW = 'bank';

const idOf = (entry: unknown): string | undefined => (isObject(entry) && typeof entry.id === 'string' ? entry.id : undefined);

const below = <T>(value: T, label: string, index: number): Located<T> => ({ value, file: BANK_BELOW, label, index });

/**
 * The bank with the agent's rules added and the rules they switched off removed. A usable personal rule with
 * the id of a rule below replaces it in place (that is how an agent rewords a built-in or team rule); a broken
 * one leaves the rule below as it was (working, or switched off). A personal rule cannot be switched off, only
 * deleted.
 */
export function withPersonalRules(bank: Bank, rules: readonly unknown[], disabledRules: readonly string[]): { bank: Bank; problems: Problem[] } {
  if (rules.length === 0 && disabledRules.length === 0) return { bank, problems: [] };
  const personalIds = new Set(rules.map(idOf).filter((id): id is string => id !== undefined));
  const off = new Set(disabledRules);
  // The rules that stay in force below the agent's: the context their rules are checked in.
  const kept = bank.rules.filter((rule) => !off.has(rule.id) && !personalIds.has(rule.id));

  // Each entry on its own, exactly as an entry of a bank file's "rules" list.
  const problems: Problem[] = [];
  const file = new ProblemSink(PERSONAL_RULES_FILE, undefined, problems);
  const usable: Located<AvoidRule>[] = [];
  rules.forEach((entry, index) => {
    const label = entryLabel(entry, 'rules', index);
    const rule = checkRule(entry, file.forEntry(label));
    if (rule) usable.push({ value: rule, file: PERSONAL_RULES_FILE, label, index });
  });

  // Then against the whole bank. Problems of the bank below were reported when it was built: only ours count.
  const checked = checkBank(
    bank.phrases.map((phrase, i) => below(phrase, phrase.id, i)),
    [...kept.map((rule, i) => below(rule, rule.id, i)), ...usable],
    [],
    [],
  );
  const ours = checked.problems.filter((p) => p.file === PERSONAL_RULES_FILE);
  problems.push(...ours);
  // A repeated id is reported on the repeat (field "id"), which checkBank already dropped; any other error
  // found here is the rule's own fault.
  const failed = new Set(ours.filter((p) => p.severity === 'error' && p.field !== 'id').map((p) => p.id));
  const accepted = checked.bank.rules.filter((rule) => personalIds.has(rule.id) && !failed.has(rule.id));
  const replacing = new Map(accepted.map((rule) => [rule.id, rule]));

  const merged = bank.rules.filter((rule) => !off.has(rule.id) || replacing.has(rule.id)).map((rule) => replacing.get(rule.id) ?? rule);
  const added = accepted.filter((rule) => !bank.rules.some((r) => r.id === rule.id));
  return { bank: { ...bank, rules: [...merged, ...added] }, problems: problems.sort(byEntry(rules)) };
}

/** Problems in the order of the agent's list, so the first one shown belongs to the first broken rule. */
function byEntry(rules: readonly unknown[]): (a: Problem, b: Problem) => number {
  const position = new Map<string | undefined, number>();
  rules.forEach((entry, index) => {
    const label = entryLabel(entry, 'rules', index);
    if (!position.has(label)) position.set(label, index);
  });
  return (a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0);
}
