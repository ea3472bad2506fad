import { describe, expect, it } from 'vitest';
import { builtinBank, builtinEngine, checkTeamBank, engineFor, mergePersonal } from './builtin';
import { checkTeamFile, layerBanks, PERSONAL_FILE, type TeamLayer } from './layers';
import { formatProblem, type BankFile } from '../engine/bank';

const phrase = (id: string, text: string, extra: Record<string, unknown> = {}) => ({ id, category: id.split('.')[0], text, tone: 'warm', length: 'short', ...extra });

/** A small built-in bank: two phrases and a rule naming one of them. */
const BUILTIN: BankFile[] = [
  { fileName: 'phrasebank/phrases/empathy.json', data: { phrases: [phrase('empathy.hear-you', 'I hear you.'), phrase('empathy.long-wait', 'That wait was too long.')] } },
  {
    fileName: 'phrasebank/avoid-rules.json',
    data: { rules: [{ id: 'calm-down', patterns: ['calm down'], severity: 'error', why: 'Makes it worse.', alternatives: ['empathy.hear-you'] }] },
  },
];

/** A team layer as the background stores it: checked against BUILTIN first. */
function team(data: Record<string, unknown>): TeamLayer {
  const { layer, problems } = checkTeamFile(BUILTIN, 'https://intranet.example/bank.json', data);
  if (!layer) throw new Error(`team bank refused: ${problems.map(formatProblem).join('; ')}`);
  return layer;
}

const textOf = (bank: { phrases: { id: string; text: string }[] }, id: string) => bank.phrases.find((p) => p.id === id)?.text;
const NOTHING = { phrases: [], disabled: [] };

describe('precedence: built-in ← team ← personal', () => {
  const teamBank = team({
    phrases: [phrase('empathy.hear-you', 'We hear you, and we are on it.'), phrase('empathy.team-only', 'Thanks for bearing with us.')],
    rules: [{ id: 'no-asap', patterns: ['asap'], severity: 'warning', why: 'Promises nothing.', alternatives: ['today by 5pm'] }],
  });

  it('a team phrase with a built-in id replaces it; new team phrases and rules join the bank', () => {
    const { bank } = layerBanks(BUILTIN, NOTHING, teamBank);
    expect(textOf(bank, 'empathy.hear-you')).toBe('We hear you, and we are on it.');
    expect(bank.phrases.filter((p) => p.id === 'empathy.hear-you')).toHaveLength(1);
    expect(textOf(bank, 'empathy.team-only')).toBe('Thanks for bearing with us.');
    expect(textOf(bank, 'empathy.long-wait')).toBe('That wait was too long.');
    expect(bank.rules.map((r) => r.id).sort()).toEqual(['calm-down', 'no-asap']);
  });

  it('a personal phrase with the same id replaces the team one, and the built-in one', () => {
    const personal = { phrases: [phrase('empathy.hear-you', 'Mine: I really do hear you.'), phrase('empathy.long-wait', 'Mine: sorry for the wait.')], disabled: [] };
    const { bank, problems } = layerBanks(BUILTIN, personal, teamBank);
    expect(problems).toEqual([]);
    expect(textOf(bank, 'empathy.hear-you')).toBe('Mine: I really do hear you.');
    expect(textOf(bank, 'empathy.long-wait')).toBe('Mine: sorry for the wait.');
    expect(bank.phrases).toHaveLength(3);
  });

  it('the agent can switch off an unlocked team phrase', () => {
    const { bank } = layerBanks(BUILTIN, { phrases: [], disabled: ['empathy.team-only'] }, teamBank);
    expect(textOf(bank, 'empathy.team-only')).toBeUndefined();
  });

  it('team rules check personal phrases: a flagged one is left out with the reason, and the phrase it replaced stays', () => {
    const personal = { phrases: [phrase('empathy.hear-you', 'I will fix it asap.')], disabled: [] };
    const { bank, problems } = layerBanks(BUILTIN, personal, teamBank);
    expect(textOf(bank, 'empathy.hear-you')).toBe('We hear you, and we are on it.');
    expect(problems.map(formatProblem)).toEqual([`${PERSONAL_FILE}: empathy.hear-you: text: error: “asap” is a line to avoid: Promises nothing.`]);
  });

  it('a personal phrase with errors of its own replaces nothing', () => {
    const personal = { phrases: [phrase('empathy.hear-you', 'Hi {{ticket.nope}}')], disabled: [] };
    const { bank, problems } = layerBanks(BUILTIN, personal, teamBank);
    expect(textOf(bank, 'empathy.hear-you')).toBe('We hear you, and we are on it.');
    expect(problems.some((p) => p.id === 'empathy.hear-you' && p.field === 'text' && p.severity === 'error')).toBe(true);
  });
});

describe('team-locked phrases', () => {
  const locking = team({ phrases: [phrase('empathy.hear-you', 'Approved wording: we hear you.', { locked: true }), phrase('empathy.free', 'Free to change.')] });

  it('cannot be replaced by a personal phrase: the team text stays and the agent is told why theirs is not used', () => {
    const personal = { phrases: [phrase('empathy.hear-you', 'My own wording.')], disabled: [] };
    const { bank, problems, locked } = layerBanks(BUILTIN, personal, locking);
    expect(textOf(bank, 'empathy.hear-you')).toBe('Approved wording: we hear you.');
    expect([...locked]).toEqual(['empathy.hear-you']);
    expect(problems.map(formatProblem)).toEqual([
      `${PERSONAL_FILE}: empathy.hear-you: id: error: your team locked the phrase with this id: theirs is used; give yours another id to keep both`,
    ]);
  });

  it('cannot be switched off, while an unlocked one can', () => {
    const { bank } = layerBanks(BUILTIN, { phrases: [], disabled: ['empathy.hear-you', 'empathy.free'] }, locking);
    expect(textOf(bank, 'empathy.hear-you')).toBe('Approved wording: we hear you.');
    expect(textOf(bank, 'empathy.free')).toBeUndefined();
  });

  it('a lock on an id the team bank does not hold locks nothing', () => {
    const stray: TeamLayer = { ...locking, locked: ['empathy.long-wait'] };
    const { bank, locked } = layerBanks(BUILTIN, { phrases: [], disabled: ['empathy.long-wait'] }, stray);
    expect(locked.size).toBe(0);
    expect(textOf(bank, 'empathy.long-wait')).toBeUndefined();
  });
});

describe('checking a team bank file', () => {
  const file = 'https://intranet.example/bank.json';

  it('is usable only without a single error, and lists every error with its id and field', () => {
    const { layer, problems } = checkTeamFile(BUILTIN, file, {
      phrases: [phrase('empathy.ok', 'Fine.'), phrase('empathy.bad', 'Hi {{ticket.nope}}'), { id: 'empathy.no-tone', category: 'empathy', text: 'x', length: 'short' }],
    });
    expect(layer).toBeUndefined();
    expect(problems.filter((p) => p.severity === 'error').map((p) => `${p.id}: ${p.field}`)).toEqual(['empathy.bad: text', 'empathy.no-tone: tone']);
    expect(problems[0]!.file).toBe(file);
  });

  it('may name built-in phrases as rule alternatives', () => {
    const { layer, problems } = checkTeamFile(BUILTIN, file, {
      rules: [{ id: 'whatever', patterns: ['whatever'], severity: 'error', why: 'Dismissive.', alternatives: ['empathy.long-wait'] }],
    });
    expect(problems).toEqual([]);
    expect(layer?.bank.rules.map((r) => r.id)).toEqual(['whatever']);
    expect(layer?.bank.phrases).toEqual([]);
  });

  it('refuses a team rule that flags a built-in phrase, and a built-in rule that flags a team phrase', () => {
    const flagsBuiltin = checkTeamFile(BUILTIN, file, { rules: [{ id: 'no-wait', patterns: ['too long'], severity: 'warning', why: 'x', alternatives: ['y'] }] });
    expect(flagsBuiltin.layer).toBeUndefined();
    expect(flagsBuiltin.problems.map(formatProblem).join('\n')).toMatch(/no-wait: patterns: error: flags the bank's own phrase "empathy.long-wait"/);
    const flagged = checkTeamFile(BUILTIN, file, { phrases: [phrase('empathy.hush', 'Please calm down.')] });
    expect(flagged.layer).toBeUndefined();
    expect(flagged.problems.map(formatProblem).join('\n')).toMatch(/calm-down: patterns: error: flags the bank's own phrase "empathy.hush"/);
  });

  it('refuses a file with nothing in it, and keeps the locked ids of a good one', () => {
    expect(checkTeamFile(BUILTIN, file, { phrases: [] }).problems.map(formatProblem)).toContain(`${file}: (file): error: the team bank holds no phrases, rules or playbooks`);
    const { layer } = checkTeamFile(BUILTIN, file, { phrases: [phrase('empathy.a', 'A.', { locked: true }), phrase('empathy.b', 'B.', { locked: false })] });
    expect(layer?.locked).toEqual(['empathy.a']);
    expect(layer?.bank.phrases.map((p) => p.id)).toEqual(['empathy.a', 'empathy.b']);
  });
});

describe('the engine over the real built-in bank', () => {
  const someBuiltin = () => builtinBank().phrases[0]!;

  it('is the built-in engine when there is no team bank and nothing personal', () => {
    expect(engineFor(NOTHING)).toBe(builtinEngine());
  });

  it('suggests a team phrase and the team text of a replaced built-in one; locks survive the agent', () => {
    const original = someBuiltin();
    const { layer, problems } = checkTeamBank('team.json', {
      phrases: [
        { ...original, text: 'Team wording for this moment.', locked: true },
        phrase('ownership.team-desk', 'Our desk team will chase the courier for you today.', { triggers: ['courier'] }),
      ],
    });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const personal = { phrases: [{ ...original, text: 'My own wording.' }], disabled: [original.id] };
    const engine = engineFor(personal, layer);
    expect(engine.search('chase the courier').map((p) => p.id)).toContain('ownership.team-desk');
    expect(engine.phrase(original.id)?.text).toBe('Team wording for this moment.');
    expect(mergePersonal(personal, layer).problems.map((p) => p.field)).toEqual(['id']);
  });
});
