import { describe, expect, it } from 'vitest';
import type { AvoidRule, LintFinding, Phrase } from '../types';
import { compileRules, lint } from './index';

function rule(id: string, patterns: string[], severity: AvoidRule['severity'] = 'warning', alternatives = ['Try this instead.']): AvoidRule {
  return { id, patterns, severity, why: `why ${id}`, alternatives };
}

const RULES: AvoidRule[] = [
  rule('not-my-job', ["that's not my job", 'not my department'], 'error'),
  rule('nothing-i-can-do', ['there is nothing i can do'], 'error'),
  rule('calm-down', ['calm down'], 'error'),
  rule('no-problem', ['no problem'], 'info'),
  rule('cant-help', ["I can't help you"], 'warning'),
  rule('wont', ['we will not refund'], 'warning'),
  rule('dont-know', ["I don't know"], 'warning'),
  rule('you-are-wrong', ["you're wrong"], 'error'),
  rule('its-policy', ["it's our policy"], 'warning'),
  rule('we-have-told', ["we've told you"], 'warning'),
  rule('im-not-able', ["I'm not able to"], 'info'),
  rule('already-said', ['as I already said'], 'error'),
];
const compiled = compileRules(RULES);

const ids = (draft: string, rules = compiled) => lint(draft, rules).map((f) => f.ruleId);
const found = (draft: string, rules = compiled) => lint(draft, rules).map((f) => f.found);

describe('lint: case, apostrophes and contractions', () => {
  it.each([
    'that is not my job',
    "that's not my job",
    'thats not my job',
    'That’s NOT my job',
    'THAT‘S not my job',
    'thatʼs not my job',
  ])('"that\'s not my job" catches %j', (draft) => {
    expect(ids(draft)).toEqual(['not-my-job']);
  });

  it('an expanded pattern catches the contracted draft, with or without the apostrophe', () => {
    expect(ids("there's nothing I can do")).toEqual(['nothing-i-can-do']);
    expect(ids('theres nothing I can do')).toEqual(['nothing-i-can-do']);
    expect(ids('We will not refund this')).toEqual(['wont']);
    expect(ids("We won't refund this")).toEqual(['wont']);
    expect(ids('We wont refund this')).toEqual(['wont']);
  });

  it.each(["I can't help you", 'I cannot help you', 'I can not help you', 'I cant help you', 'I can’t help you'])(
    "can't ↔ cannot ↔ can not: %j",
    (draft) => expect(ids(draft)).toEqual(['cant-help']),
  );

  it.each([
    ["I don't know", 'dont-know'],
    ['I do not know', 'dont-know'],
    ['I dont know', 'dont-know'],
    ['You are wrong', 'you-are-wrong'],
    ['youre wrong', 'you-are-wrong'],
    ['It is our policy', 'its-policy'],
    ['its our policy', 'its-policy'],
    ['We have told you twice', 'we-have-told'],
    ['weve told you', 'we-have-told'],
    ['I am not able to do that', 'im-not-able'],
    ['Im not able to', 'im-not-able'],
  ])('%j is caught by %s', (draft, id) => {
    expect(ids(draft)).toEqual([id]);
  });

  it('a contraction may be entered half-way: "not my department" catches "isn\'t my department"', () => {
    expect(found("That isn't my department.")).toEqual(["isn't my department"]);
    expect(found("That's not my department.")).toEqual(['not my department']);
  });

  it('a contraction is never left half-way: "I do" does not catch "I don\'t"', () => {
    const c = compileRules([rule('i-do', ['I do']), rule('we-will', ['we will'])]);
    expect(ids("I don't", c)).toEqual([]);
    expect(ids("We won't", c)).toEqual([]);
    expect(ids('I do', c)).toEqual(['i-do']);
  });

  it('does not read common words as contractions missing their apostrophe', () => {
    const c = compileRules([rule('unable', ['we are unable to'])]);
    expect(ids('The couriers were unable to deliver.', c)).toEqual([]);
    expect(ids("We're unable to", c)).toEqual(['unable']);
  });

  it('a possessive is still a word of its own', () => {
    const c = compileRules([rule('fault', ["it's the customer's fault"])]);
    expect(ids("It's the customer's fault", c)).toEqual(['fault']);
    expect(ids('It is the customers fault', c)).toEqual(['fault']);
  });
});

describe('lint: whole words and sentences', () => {
  it('never matches part of a word', () => {
    expect(ids('Take the bus to calm downtown.')).toEqual([]);
    expect(ids('No problems were found.')).toEqual([]);
    expect(ids('recalm down')).toEqual([]);
    expect(ids('calm down')).toEqual(['calm-down']);
  });

  it('does not join words across a sentence end or a line break', () => {
    expect(ids('Stay calm. Down the line we will fix it.')).toEqual([]);
    expect(ids('Stay calm\ndown the line')).toEqual([]);
    expect(ids('There is no. Problem solved')).toEqual([]);
  });

  it('matches across commas and extra spaces within a sentence', () => {
    expect(found('Please,   calm  down!')).toEqual(['calm  down']);
  });
});

describe('lint: quoted text is not the agent speaking', () => {
  it('skips email-quoted lines at any depth', () => {
    expect(ids('> calm down\n>> calm down\n  > > calm down')).toEqual([]);
    expect(found('> calm down\nPlease calm down')).toEqual(['calm down']);
  });

  it('skips text in double quotation marks, straight or curly', () => {
    expect(ids('You wrote "calm down" in your last email.')).toEqual([]);
    expect(ids('You wrote “calm down” in your last email.')).toEqual([]);
    expect(ids('You wrote «calm down» earlier.')).toEqual([]);
  });

  it("skips text in single quotation marks, but apostrophes are not quotation marks", () => {
    expect(ids("you said 'calm down' to me")).toEqual([]);
    expect(ids('you said ‘calm down’ to me')).toEqual([]);
    expect(ids("you said 'that's not my job' yesterday")).toEqual([]);
    expect(ids("I can't help you, don't worry")).toEqual(['cant-help']);
    expect(ids("The customers' orders: I can't help you")).toEqual(['cant-help']);
    expect(ids("'Cause you're upset, calm down, it's the customers' fault")).toEqual(['calm-down']);
  });

  it('an unclosed quotation mark quotes nothing', () => {
    expect(ids('He said "fine. Now calm down')).toEqual(['calm-down']);
    expect(ids("the 5' cable, calm down")).toEqual(['calm-down']);
  });

  it('a quotation does not reach past its line', () => {
    expect(ids('He said "hi\nnow calm down" ok')).toEqual(['calm-down']);
  });

  it('a match cannot run into quoted words', () => {
    expect(ids('calm "down"')).toEqual([]);
  });
});

describe('lint: overlapping rules', () => {
  const c = compileRules([
    rule('short', ['help you'], 'error'),
    rule('long', ["I can't help you today"], 'info'),
    rule('same-a', ['calm down'], 'warning'),
    rule('same-b', ['calm down'], 'error'),
    rule('left', ['just calm'], 'warning'),
  ]);

  it('reports the longer match when two overlap', () => {
    expect(lint("Sorry, I can't help you today.", c).map((f) => [f.ruleId, f.found])).toEqual([
      ['long', "I can't help you today"],
    ]);
  });

  it('reports the more severe rule when two match the same words', () => {
    expect(ids('please calm down', c)).toEqual(['same-b']);
  });

  it('chained overlaps keep findings disjoint and in text order', () => {
    const findings = lint('just calm down and I can help you', c);
    expect(findings.map((f) => f.ruleId)).toEqual(['same-b', 'short']);
    assertWellFormed('just calm down and I can help you', findings);
  });
});

describe('lint: findings', () => {
  it('offsets are exact and found is the draft text', () => {
    const draft = 'Hi Sam,\n\nThat’s NOT my job — there\'s nothing I can do. Calm down.';
    const findings = lint(draft, compiled);
    expect(findings.map((f) => f.found)).toEqual(['That’s NOT my job', "there's nothing I can do", 'Calm down']);
    for (const f of findings) expect(draft.slice(f.start, f.end)).toBe(f.found);
  });

  it('carries the rule id, why, severity and alternatives', () => {
    expect(lint('calm down', compiled)).toEqual([
      { start: 0, end: 9, ruleId: 'calm-down', found: 'calm down', why: 'why calm-down', severity: 'error', alternatives: ['Try this instead.'] },
    ]);
  });

  it('resolves alternatives that name a phrase to its text, and keeps the rest as literal text', () => {
    const phrases = [{ id: 'ownership.on-it', text: "I'll take care of this for you." }] as Phrase[];
    const c = compileRules([rule('job', ['not my job'], 'error', ['ownership.on-it', 'Let me find out.'])], phrases);
    expect(lint('not my job', c)[0]?.alternatives).toEqual(["I'll take care of this for you.", 'Let me find out.']);
  });

  it('returns nothing for an empty draft or empty rules', () => {
    expect(lint('', compiled)).toEqual([]);
    expect(lint('calm down', compileRules([]))).toEqual([]);
  });

  it('ignores patterns with no words', () => {
    const c = compileRules([rule('empty', ['', '  ...  '])]);
    expect(c.pathCount).toBe(0);
    expect(lint('anything at all', c)).toEqual([]);
  });
});

/** Findings lie within the text, in order, never overlap, and `found` is exactly the text at their offsets. */
function assertWellFormed(draft: string, findings: LintFinding[]): void {
  const wrong: string[] = [];
  let previousEnd = 0;
  for (const f of findings) {
    if (f.start < previousEnd || f.end <= f.start || f.end > draft.length) wrong.push(`bad span ${f.start}-${f.end}`);
    if (draft.slice(f.start, f.end) !== f.found) wrong.push(`found ${JSON.stringify(f.found)} is not the text at ${f.start}`);
    previousEnd = f.end;
  }
  expect(wrong, JSON.stringify(draft.slice(0, 200))).toEqual([]);
}

describe('lint: never throws, spans always well formed', () => {
  // A small deterministic PRNG so a failure reproduces.
  function random(seed: number): () => number {
    let s = seed >>> 0;
    return () => {
      s = (s * 1664525 + 1013904223) >>> 0;
      return s / 2 ** 32;
    };
  }
  const pieces = [
    'calm', 'down', "that's", 'not', 'my', 'job', 'thats', 'can', "can't", 'cannot', 'help', 'you', 'I', 'no',
    'problem', ' ', ' ', ' ', '\n', '>', '"', "'", '’', '‘', '“', '”', '.', ',', '!', '\uD800', '\uDC00', '😀',
    'é', '\u200B', '\u0301', 'İ', 'ß', '\t', 'there', "there's", 'is', 'nothing', 'do', 'won’t', 'will',
  ];

  it('holds for 3 000 random drafts built from tricky pieces', () => {
    const next = random(42);
    for (let n = 0; n < 3000; n++) {
      const length = Math.floor(next() * 40);
      let draft = '';
      for (let i = 0; i < length; i++) draft += pieces[Math.floor(next() * pieces.length)];
      assertWellFormed(draft, lint(draft, compiled));
    }
  });

  it('holds for arbitrary UTF-16 code units', () => {
    const next = random(7);
    for (let n = 0; n < 500; n++) {
      const units = Array.from({ length: Math.floor(next() * 60) }, () => Math.floor(next() * 0x10000));
      const draft = String.fromCharCode(...units);
      assertWellFormed(draft, lint(draft, compiled));
    }
  });

  it('finishes a megabyte of draft in bounded time', () => {
    const draft = `${"'a 'calm down, that's not my job. ".repeat(20_000)}${'x'.repeat(300_000)}`;
    const began = performance.now();
    const findings = lint(draft, compiled);
    expect(performance.now() - began).toBeLessThan(3000);
    expect(findings.length).toBeGreaterThan(0);
    assertWellFormed(draft, findings);
  });
});

describe('lint: words that name JavaScript object members', () => {
  it('reads "constructor", "toString" and "__proto__" as plain words', () => {
    const compiled = compileRules([{ id: 'calm-down', patterns: ['calm down'], severity: 'warning', why: 'x', alternatives: ['y'] }]);
    expect(() => lint('constructor toString __proto__ hasOwnProperty', compiled)).not.toThrow();
    expect(lint('The constructor said calm down', compiled).map((f) => f.found)).toEqual(['calm down']);
  });
});
