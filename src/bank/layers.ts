// The three layers of the bank the sidebar runs on, bottom to top: the built-in bank, the team bank, the agent's
// own phrases. An entry of a higher layer replaces the entry with the same id below it, except that a team phrase
// marked `"locked": true` cannot be replaced or switched off by the agent. Every layer goes through the same
// validator as the shipped files, together, so cross-checks (rule alternatives, rules flagging phrases) see the
// bank as agents will get it.
import { validateBank, type BankFile, type Problem } from '../engine/bank';
import { isObject } from '../engine/bank/fields';
import { compileRules, lint } from '../engine/lint';
import type { Bank } from '../engine/types';

/** The name personal phrases go by in validation problems (they live in storage, not in a file). */
export const PERSONAL_FILE = 'personal phrases';
/** The name the team bank goes by once it is stored (its URL names it while it is being fetched). */
export const TEAM_FILE = 'team bank';

/** A validated team bank: its entries, and the phrase ids agents cannot replace or switch off. */
export interface TeamLayer {
  bank: Bank;
  locked: readonly string[];
}

/** What the agent added to and switched off in the bank below (see src/storage/personal-phrases.ts). */
export interface PersonalBank {
  phrases: readonly unknown[];
  disabled: readonly string[];
  /** The agent's own lines to avoid, as written (see src/bank/personal-rules.ts). */
  rules?: readonly unknown[];
  /** Built-in or team lines to avoid the agent switched off. */
  disabledRules?: readonly string[];
}

export interface LayeredBank {
  bank: Bank;
  /** Problems of personal phrases only: why one is not suggested (the options page shows them beside it). */
  problems: Problem[];
  /** Team phrase ids the agent cannot replace or switch off. */
  locked: ReadonlySet<string>;
}

type Kind = 'phrases' | 'rules' | 'playbooks';
type IdSets = Partial<Record<Kind, ReadonlySet<string>>>;
const KINDS: readonly Kind[] = ['phrases', 'rules', 'playbooks'];

const idOf = (entry: unknown): string | undefined => (isObject(entry) && typeof entry.id === 'string' ? entry.id : undefined);

function idsIn(data: unknown, kind: Kind): Set<string> {
  const list = isObject(data) ? data[kind] : undefined;
  return new Set(Array.isArray(list) ? list.map(idOf).filter((id): id is string => id !== undefined) : []);
}

/** The file without the entries a higher layer replaces. Entries without an id stay (the validator reports them). */
function without(file: BankFile, drop: IdSets): BankFile {
  if (!isObject(file.data)) return file;
  const data: Record<string, unknown> = { ...file.data };
  for (const kind of KINDS) {
    const ids = drop[kind];
    const list = data[kind];
    if (ids?.size && Array.isArray(list)) data[kind] = list.filter((entry) => !ids.has(idOf(entry) ?? ''));
  }
  return { fileName: file.fileName, data };
}

/**
 * Checks a team bank file against the built-in bank it will sit on (its entries replace built-in ones with the
 * same id). Usable only when there is no error at all: a team bank is all or nothing, so agents never get half
 * of what their team lead wrote. `locked` lists the phrases written with `"locked": true`.
 */
export function checkTeamFile(builtin: readonly BankFile[], fileName: string, data: unknown): { layer?: TeamLayer; problems: Problem[] } {
  const ids = { phrases: idsIn(data, 'phrases'), rules: idsIn(data, 'rules'), playbooks: idsIn(data, 'playbooks') };
  const { bank, problems } = validateBank([...builtin.map((file) => without(file, ids)), { fileName, data }]);
  if (isObject(data) && KINDS.every((kind) => !Array.isArray(data[kind]) || data[kind].length === 0)) {
    problems.push({ file: fileName, field: '(file)', severity: 'error', message: 'the team bank holds no phrases, rules or playbooks' });
  }
  if (problems.some((p) => p.severity === 'error')) return { problems };
  const phrases = Array.isArray((data as Record<string, unknown>).phrases) ? ((data as Record<string, unknown>).phrases as unknown[]) : [];
  const locked = phrases.filter((entry) => isObject(entry) && entry.locked === true).map(idOf).filter((id): id is string => id !== undefined);
  return {
    layer: {
      bank: {
        phrases: bank.phrases.filter((p) => ids.phrases.has(p.id)),
        rules: bank.rules.filter((r) => ids.rules.has(r.id)),
        playbooks: bank.playbooks.filter((p) => ids.playbooks.has(p.id)),
      },
      locked,
    },
    problems,
  };
}

/**
 * The validator blames a rule that flags a shipped phrase (the team wrote both); a personal phrase the
 * rules flag is the phrase's fault: the sidebar would suggest it, then warn against it.
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
 * Built-in ← team ← personal, minus what the agent switched off. A personal phrase replaces the team or built-in
 * phrase with its id only when it is usable (its own checks pass, no rule flags it: a broken edit must not make
 * the phrase it meant to improve disappear) and the id is not locked by the team. A personal phrase cannot be
 * switched off, only deleted; a locked team phrase cannot be switched off at all.
 */
export function layerBanks(builtin: readonly BankFile[], personal: PersonalBank, team?: TeamLayer): LayeredBank {
  const teamIds = { phrases: new Set(team?.bank.phrases.map((p) => p.id)), rules: new Set(team?.bank.rules.map((r) => r.id)), playbooks: new Set(team?.bank.playbooks.map((p) => p.id)) };
  const locked = new Set(team?.locked.filter((id) => teamIds.phrases.has(id)));
  const lockedProblems: Problem[] = [];
  const unlocked = personal.phrases.filter((entry) => {
    const id = idOf(entry);
    if (id === undefined || !locked.has(id)) return true;
    lockedProblems.push({ file: PERSONAL_FILE, id, field: 'id', severity: 'error', message: 'your team locked the phrase with this id: theirs is used; give yours another id to keep both' });
    return false;
  });

  const assemble = (personalPhrases: readonly unknown[]) => {
    const personalFile: BankFile = { fileName: PERSONAL_FILE, data: { phrases: personalPhrases } };
    const replacing = new Set(validateBank([personalFile]).bank.phrases.map((p) => p.id));
    const { bank, problems } = validateBank([
      ...builtin.map((file) => without(file, { phrases: new Set([...teamIds.phrases, ...replacing]), rules: teamIds.rules, playbooks: teamIds.playbooks })),
      ...(team ? [without({ fileName: TEAM_FILE, data: team.bank }, { phrases: replacing })] : []),
      personalFile,
    ]);
    const personalIds = new Set(personalPhrases.map(idOf));
    return { bank, problems, personalIds, flagged: flaggedByRules(bank, personalIds) };
  };
  let merged = assemble(unlocked);
  const flagged = merged.flagged;
  // A flagged phrase that replaced one below it: leave it out and let the one below come back.
  const flaggedIds = new Set(flagged.map((p) => p.id));
  if (flagged.length > 0) merged = assemble(unlocked.filter((entry) => !flaggedIds.has(idOf(entry) ?? '')));

  const { bank, problems } = merged;
  const personalIds = new Set(unlocked.map(idOf));
  const off = new Set(personal.disabled.filter((id) => !personalIds.has(id) && !locked.has(id)));
  return {
    bank: off.size ? { ...bank, phrases: bank.phrases.filter((p) => !off.has(p.id)) } : bank,
    problems: [...lockedProblems, ...problems.filter((p) => p.file === PERSONAL_FILE), ...flagged],
    locked,
  };
}
