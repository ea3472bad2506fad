// The engine meets whatever a page holds: pasted logs, emoji, RTL overrides, lone surrogates from a broken
// encoder, a megabyte of text. These properties run the engine over the bank we ship with generated input and
// check what the sidebar relies on: no exception, spans that point into the text they came from, no duplicate or
// surplus suggestions, and filling that can be repeated without changing the text.
//
// Random Unicode alone almost never contains "calm down" or "refund", so most generated texts are built from the
// bank's own vocabulary (rule patterns, triggers, placeholders) mixed with hostile characters; the summary printed
// at the end says how many cases ran and how many reached findings and evidence.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadBank } from '../../../src/cli/load-bank';
import { createEngine } from '../../../src/engine';
import { KNOWN_PLACEHOLDERS, MOODS, SITUATIONS, type Analysis, type Evidence, type TicketMessage, type TicketSnapshot } from '../../../src/engine/types';

const { bank } = loadBank();
const engine = createEngine(bank);
const ruleIds = new Set(bank.rules.map((r) => r.id));

/** Runs per property; each property counts its cases so the summary reports what actually ran. */
const RUNS = 1000;
const counts = new Map<string, number>();
const count = (name: string) => counts.set(name, (counts.get(name) ?? 0) + 1);

// ---------------------------------------------------------------------------------------------
// Input generators

/** Any code point, astral planes included (fast-check 4's replacement for fullUnicodeString). */
const codePoints = fc.string({ unit: 'binary', maxLength: 120 });
/** Any UTF-16 code unit, so lone high and low surrogates appear, as from a page with broken encoding. */
const codeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)), maxLength: 120 });
/** Printable graphemes: emoji with modifiers, combining marks, flags. */
const graphemes = fc.string({ unit: 'grapheme', maxLength: 60 });

/** Characters that change how text reads without being letters: bidi controls, zero-width, odd spaces, quotes. */
const TRICKY = ['\u202e', '\u202d', '\u2066', '\u2069', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00a0', '\u3000',
  '\r\n', '\n', '\n> ', '"', '\u201c', '\u201d', "'", '\u2019', '\u02bc', '!', '?', '...', '  ', '\t', '\ud83d', '\ude00', '\u0301'];

const rulePatterns = bank.rules.flatMap((r) => r.patterns);
const vocabulary = [
  ...new Set([
    ...bank.phrases.flatMap((p) => p.triggers),
    'refund', 'where is my order', 'charged twice', 'cancel', 'broken', 'manager', 'idiot', 'ridiculous', 'thanks',
  ]),
].filter((w) => w.trim() !== '');

/** Words that are also keys of every plain object: a lookup table kept in a plain object answers them. */
const PROTOTYPE_KEYS = ['constructor', "constructorn't", "constructor's", 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'prototype', 'isPrototypeOf'];

const PLACEHOLDER_PIECES = [...KNOWN_PLACEHOLDERS.map((p) => `{{${p}}}`), '{{ ticket.id }}', '{{fill:order_number}}', '{{fill:date}}',
  '{{fill:Bad}}', '{{ticket.foo}}', '{{', '}}', '{', '}', '{{{{ticket.id}}}}', '{{\n}}'];

/** A vocabulary word as an agent or customer might type it: any case, curly apostrophes, extra letters. */
const typedWord = fc
  .tuple(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...rulePatterns) },
      { weight: 3, arbitrary: fc.constantFrom(...vocabulary) },
      { weight: 1, arbitrary: fc.constantFrom(...PROTOTYPE_KEYS) },
    ),
    fc.constantFrom('as-is', 'upper', 'title'), fc.boolean(), fc.boolean())
  .map(([word, casing, curly, stretched]) => {
    let w = casing === 'upper' ? word.toUpperCase() : casing === 'title' ? word.replace(/\b\w/g, (c) => c.toUpperCase()) : word;
    if (curly) w = w.replace(/'/g, '\u2019');
    if (stretched) w = w.replace(/(\w)(\W*)$/, '$1$1$1$2');
    return w.replace(/\*/g, 'ing');
  });

const separator = fc.oneof(fc.constant(' '), fc.constantFrom(...TRICKY), fc.string({ unit: 'binary', maxLength: 3 }));

/** Text built from the bank's vocabulary, separators and noise: reaches findings, evidence and triggers. */
const wordy = fc
  .array(fc.oneof({ weight: 5, arbitrary: typedWord }, { weight: 4, arbitrary: separator }, { weight: 1, arbitrary: codePoints }), { maxLength: 40 })
  .map((parts) => parts.join(' '));

const hostileText = fc.oneof(
  { weight: 5, arbitrary: wordy },
  { weight: 2, arbitrary: codePoints },
  { weight: 2, arbitrary: codeUnits },
  { weight: 1, arbitrary: graphemes },
);

const fillableText = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...PLACEHOLDER_PIECES) },
      { weight: 2, arbitrary: fc.constantFrom(...bank.phrases.map((p) => p.text)) },
      { weight: 3, arbitrary: hostileText },
      { weight: 2, arbitrary: fc.constantFrom(' ', ', ', '. ', '\n', '\n\n', ' - ') },
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

const optionalText = fc.option(hostileText, { nil: undefined });
const message: fc.Arbitrary<TicketMessage> = fc.record({
  role: fc.constantFrom('customer' as const, 'agent' as const),
  author: optionalText,
  text: hostileText,
});
const snapshot: fc.Arbitrary<TicketSnapshot> = fc
  .record({
    helpdesk: fc.constantFrom('zendesk' as const, 'freshdesk' as const, 'generic' as const),
    ticketId: optionalText,
    subject: optionalText,
    requesterName: optionalText,
    requesterFirstName: optionalText,
    agentFirstName: optionalText,
    messages: fc.array(message, { maxLength: 6 }),
    latestFromThread: fc.boolean(),
    latestOwn: hostileText,
  })
  .map(({ latestFromThread, latestOwn, ...rest }) => {
    const fromThread = rest.messages.filter((m) => m.role === 'customer').at(-1)?.text;
    return { ...rest, latestCustomerMessage: latestFromThread && fromThread !== undefined ? fromThread : latestOwn };
  });

/** Analyses no analyser would produce, but that a stale or hand-built caller could pass. */
const syntheticAnalysis: fc.Arbitrary<Analysis> = fc.record({
  situations: fc.uniqueArray(
    fc.record({ id: fc.constantFrom(...SITUATIONS), score: fc.double({ noNaN: false }), evidence: fc.constant([] as Evidence[]) }),
    { selector: (s) => s.id, maxLength: 4 },
  ),
  mood: fc.record({ mood: fc.constantFrom(...MOODS), intensity: fc.double({ min: 0, max: 1, noNaN: true }), evidence: fc.constant([]) }),
  abuse: fc.record({ abusive: fc.boolean(), evidence: fc.constant([]) }),
});

// ---------------------------------------------------------------------------------------------
// Checks shared by several properties

function expectSpansIn(text: string, spans: Evidence[], where: string): void {
  for (const span of spans) {
    expect(Number.isInteger(span.start) && Number.isInteger(span.end), where).toBe(true);
    expect(0 <= span.start && span.start <= span.end && span.end <= text.length, `${where}: ${span.start}..${span.end} of ${text.length}`).toBe(true);
    expect(text.slice(span.start, span.end), where).toBe(span.text);
  }
}

function expectWellFormedAnalysis(analysis: Analysis, latest: string): void {
  for (const hit of analysis.situations) {
    expect(SITUATIONS).toContain(hit.id);
    expect(Number.isFinite(hit.score)).toBe(true);
    expectSpansIn(latest, hit.evidence, `situation ${hit.id}`);
  }
  expect(new Set(analysis.situations.map((s) => s.id)).size).toBe(analysis.situations.length);
  expect(MOODS).toContain(analysis.mood.mood);
  expect(analysis.mood.intensity >= 0 && analysis.mood.intensity <= 1).toBe(true);
  expectSpansIn(latest, analysis.mood.evidence, 'mood');
  expect(typeof analysis.abuse.abusive).toBe('boolean');
  expectSpansIn(latest, analysis.abuse.evidence, 'abuse');
}

function expectSuggestionList(ids: string[], limit: number): void {
  expect(new Set(ids).size, `duplicates in ${ids.join(', ')}`).toBe(ids.length);
  expect(ids.length).toBeLessThanOrEqual(limit);
}

let lintCasesWithFindings = 0;
let analyseCasesWithEvidence = 0;

describe('the engine over generated input (real bank)', () => {
  it('analyses any text without throwing; every evidence span points into that text', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        count('analyse(text)');
        const analysis = engine.analyse(text);
        expectWellFormedAnalysis(analysis, text);
        const spans = [...analysis.situations.flatMap((s) => s.evidence), ...analysis.mood.evidence, ...analysis.abuse.evidence];
        if (spans.length > 0) analyseCasesWithEvidence++;
      }),
      { numRuns: RUNS },
    );
    // The generator must reach the analysers' lexicons, or the span checks above check nothing.
    expect(analyseCasesWithEvidence).toBeGreaterThan(RUNS / 10);
  });

  it('analyses any ticket snapshot; evidence is into its latest customer message', () => {
    fc.assert(
      fc.property(snapshot, (ticket) => {
        count('analyse(snapshot)');
        expectWellFormedAnalysis(engine.analyse(ticket), ticket.latestCustomerMessage);
      }),
      { numRuns: RUNS },
    );
  });

  it('suggests at most `limit` phrases, never one twice, never an excluded one', () => {
    const limit = fc.option(fc.integer({ min: -2, max: 40 }), { nil: undefined });
    const excluded = fc.uniqueArray(fc.constantFrom(...bank.phrases.map((p) => p.id)), { maxLength: 10 });
    fc.assert(
      fc.property(snapshot, fc.option(hostileText, { nil: undefined }), limit, excluded, fc.boolean(), syntheticAnalysis,
        (ticket, draft, wanted, exclude, synthetic, made) => {
          count('suggest');
          const analysis = synthetic ? made : engine.analyse(ticket);
          const { suggestions, playbook } = engine.suggest(analysis, ticket, { draft, limit: wanted, exclude });
          const ids = suggestions.map((s) => s.phrase.id);
          expectSuggestionList(ids, wanted === undefined ? 8 : Math.max(0, wanted));
          for (const id of ids) expect(exclude).not.toContain(id);
          for (const s of suggestions) {
            expect(engine.phrase(s.phrase.id)).toBe(s.phrase);
            expect(Number.isFinite(s.score)).toBe(true);
          }
          if (playbook) expect(bank.playbooks).toContain(playbook);
        }),
      { numRuns: RUNS },
    );
  });

  it('searches any query without throwing, with no duplicates and within the limit', () => {
    fc.assert(
      fc.property(hostileText, fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }), (query, limit) => {
        count('search');
        const ids = engine.search(query, limit === undefined ? undefined : { limit }).map((p) => p.id);
        expectSuggestionList(ids, limit ?? 20);
      }),
      { numRuns: RUNS },
    );
  });

  it('lints any draft: findings lie in the text, quote it exactly, come in order and never overlap', () => {
    fc.assert(
      fc.property(hostileText, (draft) => {
        count('lint');
        const findings = engine.lint(draft);
        if (findings.length > 0) lintCasesWithFindings++;
        let previousEnd = 0;
        for (const f of findings) {
          expect(0 <= f.start && f.start < f.end && f.end <= draft.length, `${f.start}..${f.end} of ${draft.length}`).toBe(true);
          expect(f.start, 'findings overlap or are out of order').toBeGreaterThanOrEqual(previousEnd);
          expect(draft.slice(f.start, f.end)).toBe(f.found);
          expect(ruleIds.has(f.ruleId)).toBe(true);
          expect(f.alternatives.length).toBeGreaterThan(0);
          previousEnd = f.end;
        }
      }),
      { numRuns: RUNS },
    );
    expect(lintCasesWithFindings).toBeGreaterThan(RUNS / 10);
  });

  it('fills any text idempotently: filling the filled text again changes nothing', () => {
    const slotNames = ['order_number', 'date', 'Bad', ...bank.phrases.flatMap((p) => [...p.text.matchAll(/\{\{fill:([a-z_]+)\}\}/g)].map((m) => m[1]!))];
    const context = fc.record({
      ticket: fc.option(
        fc.record({ requesterName: optionalText, requesterFirstName: optionalText, ticketId: optionalText, subject: optionalText, agentFirstName: optionalText }),
        { nil: undefined },
      ),
      slots: fc.option(fc.dictionary(fc.constantFrom(...new Set(slotNames)), fc.oneof(hostileText, fc.constantFrom(...PLACEHOLDER_PIECES))), { nil: undefined }),
    });
    fc.assert(
      fc.property(fillableText, context, (text, ctx) => {
        count('fill');
        const once = engine.fill(text, ctx);
        expect(once.segments.map((s) => s.text).join('')).toBe(once.text);
        expect(engine.fill(once.text, ctx).text).toBe(once.text);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('the engine on the hostile payloads the e2e test puts on a page', () => {
  const { payloads } = JSON.parse(readFileSync('tests/fixtures/hostile/payloads.json', 'utf8')) as { payloads: Record<string, string> };

  it.each(Object.entries(payloads))('%s: analysed, linted, filled and suggested for without harm', (_name, payload) => {
    // On lines of their own: a payload's quotation marks may not pair up around the line to check.
    const text = `${payload}\nPlease calm down, I want a refund.\n${payload}`;
    const ticket: TicketSnapshot = { helpdesk: 'zendesk', requesterName: payload, subject: payload, messages: [{ role: 'customer', text }], latestCustomerMessage: text };
    const analysis = engine.analyse(ticket);
    expectWellFormedAnalysis(analysis, text);
    expectSuggestionList(engine.suggest(analysis, ticket, { draft: text }).suggestions.map((s) => s.phrase.id), 8);
    const findings = engine.lint(text);
    expect(findings.map((f) => f.found.toLowerCase())).toContain('calm down');
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.found);
    // A name that is markup or a placeholder goes in as the characters it is, braces made harmless.
    const filled = engine.fill('Hi {{ticket.requester.name}},', { ticket });
    expect(filled.text).not.toMatch(/\{\{|\}\}/);
    expect(engine.fill(filled.text, { ticket }).text).toBe(filled.text);
  });
});

// ---------------------------------------------------------------------------------------------
// Sizes a real page can reach: a pasted log, a thread that has gone on for years.

/** Realistic customer prose, repeated up to `size` characters, with the hostile characters sprinkled in. */
function bigText(size: number, lineBreak = ' '): string {
  const base = `I have been waiting three weeks for my order and nobody answers.${lineBreak}This is ridiculous, I want a refund now!${lineBreak}\u202eevil\u200b zero-width 😡${lineBreak}`;
  return base.repeat(Math.ceil(size / base.length)).slice(0, size);
}

function timed<T>(label: string, run: () => T): T {
  const started = performance.now();
  const result = run();
  console.log(`[engine-properties] ${label}: ${(performance.now() - started).toFixed(0)} ms`);
  return result;
}

describe('the engine on very large input (finishes; times printed, not asserted)', () => {
  it('reads a 1 MB ticket, suggests for it and lints a 1 MB draft', { timeout: 30_000 }, () => {
    const text = bigText(1_000_000);
    const ticket: TicketSnapshot = { helpdesk: 'zendesk', subject: 'Where is my order?', messages: [{ role: 'customer', text }], latestCustomerMessage: text };
    const analysis = timed('analyse 1 MB ticket', () => engine.analyse(ticket));
    expectWellFormedAnalysis(analysis, text);
    expect(analysis.situations.map((s) => s.id)).toContain('refund');
    expect(analysis.mood.mood).not.toBe('calm');
    const { suggestions } = timed('suggest for 1 MB ticket (1 MB draft)', () => engine.suggest(analysis, ticket, { draft: text }));
    expectSuggestionList(suggestions.map((s) => s.phrase.id), 8);
    expect(suggestions.length).toBeGreaterThan(0);
    const draft = bigText(1_000_000).replace(/nobody answers/g, 'calm down');
    const findings = timed('lint 1 MB draft', () => engine.lint(draft));
    expect(findings.length).toBeGreaterThan(1000);
    for (const f of findings) expect(draft.slice(f.start, f.end)).toBe(f.found);
    const filled = timed('fill 1 MB text', () => engine.fill(`${text}{{ticket.id}}`, { ticket: { ticketId: '1001' } }));
    expect(filled.text).toBe(`${text}1001`);
  });

  it('reads a thread of 100 000 messages and a message of 100 000 lines', { timeout: 30_000 }, () => {
    const messages: TicketMessage[] = Array.from({ length: 100_000 }, (_, i) => ({
      role: i % 2 === 0 ? 'customer' : 'agent',
      text: i % 2 === 0 ? `Message ${i}: still no refund for my broken blender.` : `Reply ${i}: we are looking into it.`,
    }));
    const latest = messages[messages.length - 2]!.text;
    const thread: TicketSnapshot = { helpdesk: 'freshdesk', messages, latestCustomerMessage: latest };
    const analysis = timed('analyse 100 000-message thread', () => engine.analyse(thread));
    expectWellFormedAnalysis(analysis, latest);
    expect(analysis.situations.map((s) => s.id)).toEqual(expect.arrayContaining(['refund']));
    const { suggestions } = timed('suggest for 100 000-message thread', () => engine.suggest(analysis, thread));
    expect(suggestions.length).toBeGreaterThan(0);

    const sayings = ['Still waiting for my order.', 'This is ridiculous!!', '\u202eevil\u200b text 😡', '> quoted: calm down'];
    const lines = Array.from({ length: 100_000 }, (_, i) => sayings[i % sayings.length]).join('\n');
    expect(lines.split('\n').length).toBe(100_000);
    const longMessage = timed('analyse one 100 000-line message', () => engine.analyse(lines));
    expectWellFormedAnalysis(longMessage, lines);
    const findings = timed('lint a 100 000-line draft', () => engine.lint(lines.replace(/ridiculous/g, 'not my job')));
    expect(findings.length).toBeGreaterThan(1000);
  });
});

afterAll(() => {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const each = [...counts].map(([name, n]) => `${name} ${n}`).join(', ');
  console.log(`[engine-properties] ${total} generated cases ran: ${each}`);
  console.log(`[engine-properties] lint cases with findings: ${lintCasesWithFindings}; analyse cases with evidence: ${analyseCasesWithEvidence}`);
});
