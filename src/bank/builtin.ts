import { createEngine, type Engine } from '../engine';
import { validateBank, type BankFile, type Problem } from '../engine/bank';
import { compileRules, lint } from '../engine/lint';
import type { Bank } from '../engine/types';

// The phrase bank shipped with the extension: every JSON file of phrasebank/ except the analysers' lexicons
// (signals/) and the JSON Schema, bundled at build time. `composure validate` checks these files in `npm test`.
const modules = import.meta.glob<unknown>(['/phrasebank/**/*.json', '!/phrasebank/signals/**', '!/phrasebank/schema/**'], {
  eager: true,
  import: 'default',
});

/** The name personal phrases go by in validation problems (they live in storage, not in a file). */
export const PERSONAL_FILE = 'personal phrases';

const builtinFiles: BankFile[] = Object.entries(modules).map(([fileName, data]) => ({ fileName, data }));

let builtin: { bank: Bank; engine?: Engine } | undefined;

/** The built-in bank, validated once per page. */
export function builtinBank(): Bank {
  builtin ??= { bank: validateBank(builtinFiles).bank };
  return builtin.bank;
}

/** The engine over the built-in bank, built on first use (indexes once per page). */
export function builtinEngine(): Engine {
  const loaded = (builtin ??= { bank: validateBank(builtinFiles).bank });
  loaded.engine ??= createEngine(loaded.bank);
  return loaded.engine;
}

/** What the agent added to and switched off in the built-in bank (see src/storage/personal-phrases.ts). */
export interface PersonalBank {
  phrases: readonly unknown[];
  disabled: readonly string[];
}

/**
 * The validator blames a rule that flags a shipped phrase (the team wrote both); a personal phrase the
 * built-in rules flag is the phrase's fault: the sidebar would suggest it, then warn against it.
 */
function flaggedByRules(bank: Bank, personalIds: ReadonlySet<unknown>): Problem[] {
  const rules = compileRules(bank.rules, bank.phrases);
  return bank.phrases
    .filter((phrase) => personalIds.has(phrase.id))
    .flatMap((phrase) =>
      lint(phrase.text, rules).map((finding): Problem => ({
        file: PERSONAL_FILE,
        id: phrase.id,
        field: 'text',
        message: `“${finding.found}” is a line to avoid: ${finding.why}`,
        severity: 'error',
      })),
    );
}

/**
 * The built-in bank plus the agent's phrases, minus the built-in ones they switched off, checked by the same
 * validator as the shipped files: a personal phrase with an error is left out, and `problems` (personal
 * phrases only) says why. A personal phrase cannot be switched off, only deleted.
 */
export function mergePersonal(personal: PersonalBank): { bank: Bank; problems: Problem[] } {
  const { bank, problems } = validateBank([...builtinFiles, { fileName: PERSONAL_FILE, data: { phrases: [...personal.phrases] } }]);
  const personalIds = new Set(personal.phrases.map((p) => (p as { id?: unknown }).id));
  const flagged = flaggedByRules(bank, personalIds);
  const off = new Set([...personal.disabled.filter((id) => !personalIds.has(id)), ...flagged.map((p) => p.id)]);
  return {
    bank: off.size ? { ...bank, phrases: bank.phrases.filter((p) => !off.has(p.id)) } : bank,
    problems: [...problems.filter((p) => p.file === PERSONAL_FILE), ...flagged],
  };
}

/** The engine the sidebar runs on: the built-in one when the agent changed nothing, else a merged one. */
export function engineWithPersonal(personal: PersonalBank): Engine {
  if (personal.phrases.length === 0 && personal.disabled.length === 0) return builtinEngine();
  return createEngine(mergePersonal(personal).bank);
}
