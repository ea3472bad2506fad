import { createEngine, type Engine } from '../engine';
import { validateBank, type BankFile, type Problem } from '../engine/bank';
import type { Bank } from '../engine/types';
import { checkTeamFile, layerBanks, type LayeredBank, type PersonalBank, type TeamLayer } from './layers';
import { withPersonalRules } from './personal-rules';

export { PERSONAL_FILE, TEAM_FILE, type PersonalBank, type TeamLayer } from './layers';

// The phrase bank shipped with the extension: every JSON file of phrasebank/ except the analysers' lexicons
// (signals/) and the JSON Schema, bundled at build time. `composure validate` checks these files in `npm test`.
const modules = import.meta.glob<unknown>(['/phrasebank/**/*.json', '!/phrasebank/signals/**', '!/phrasebank/schema/**'], {
  eager: true,
  import: 'default',
});

const builtinFiles: BankFile[] = Object.entries(modules).map(([fileName, data]) => ({ fileName, data }));

let bank: Bank | undefined;
let engine: Engine | undefined;

/** The built-in bank, validated once per page. */
export function builtinBank(): Bank {
  return (bank ??= validateBank(builtinFiles).bank);
}

/** The engine over the built-in bank, built on first use (indexes once per page). */
export function builtinEngine(): Engine {
  return (engine ??= createEngine(builtinBank()));
}

/**
 * The built-in bank, the team bank over it and the agent's phrases on top, minus what they switched off, checked
 * by the same validator as the shipped files (see layers.ts for who replaces whom, and locking). A personal phrase
 * with an error is left out, and `problems` (personal phrases only) says why.
 */
export function mergePersonal(personal: PersonalBank, team?: TeamLayer): LayeredBank {
  return layerBanks(builtinFiles, personal, team);
}

/** The engine the sidebar runs on: built-in ← team ← personal phrases and rules; the built-in one when nothing was added. */
export function engineFor(personal: PersonalBank, team?: TeamLayer): Engine {
  const rules = personal.rules ?? [];
  const disabledRules = personal.disabledRules ?? [];
  const changedNothing = personal.phrases.length === 0 && personal.disabled.length === 0 && rules.length === 0 && disabledRules.length === 0;
  if (!team && changedNothing) return builtinEngine();
  // Rules last: a personal rule is checked against the phrases it would flag, team and personal ones included.
  return createEngine(withPersonalRules(mergePersonal(personal, team).bank, rules, disabledRules).bank);
}

/** Checks a fetched or policy-pushed team bank file against the built-in bank (see checkTeamFile). */
export function checkTeamBank(fileName: string, data: unknown): { layer?: TeamLayer; problems: Problem[] } {
  return checkTeamFile(builtinFiles, fileName, data);
}
