// Checks that need the whole bank: ids unique across files, rule alternatives that name phrases pointing at real
// ones, and no avoid-rule flagging the bank's own words (the sidebar would suggest a line, then warn against it).
import { compileRules, lint } from '../lint';
import type { AvoidRule, Bank, Phrase, Playbook } from '../types';
import { closest } from './fields';
import { looksLikePhraseId } from './ids';
import type { Problem } from './problem';

/** A usable entry and where it was written. */
export interface Located<T> {
  value: T;
  file: string;
  /** How problems name it: its id, or `phrases[3]`. */
  label: string;
  index: number;
}

function problem(entry: Located<unknown>, field: string, message: string, severity: Problem['severity'] = 'error'): Problem {
  return { file: entry.file, id: entry.label, field, message, severity };
}

/** Keeps the first entry with each id; every later one is reported, naming where the id was first used. */
function firstOfEachId<T extends { id: string }>(entries: Located<T>[], noun: string, problems: Problem[]): Located<T>[] {
  const first = new Map<string, Located<T>>();
  for (const entry of entries) {
    const earlier = first.get(entry.value.id);
    if (!earlier) {
      first.set(entry.value.id, entry);
      continue;
    }
    const where = earlier.file === entry.file ? 'earlier in this file' : `in ${earlier.file}`;
    problems.push(problem(entry, 'id', `duplicate: another ${noun} ${where} already has the id "${entry.value.id}"; ids must be unique`));
  }
  return [...first.values()];
}

/** The same words twice waste a suggestion slot; usually one was copied and not edited. */
function warnRepeatedTexts(phrases: Located<Phrase>[], problems: Problem[]): void {
  const byText = new Map<string, Located<Phrase>>();
  for (const phrase of phrases) {
    const key = phrase.value.text.toLowerCase().replace(/\s+/g, ' ').trim();
    const earlier = byText.get(key);
    if (earlier) problems.push(problem(phrase, 'text', `same text as the phrase "${earlier.value.id}"`, 'warning'));
    else byText.set(key, phrase);
  }
}

function checkAlternatives(rules: Located<AvoidRule>[], phraseIds: readonly string[], brokenPhraseIds: ReadonlySet<string>, problems: Problem[]): void {
  const known = new Set(phraseIds);
  for (const rule of rules) {
    rule.value.alternatives.forEach((alternative, i) => {
      const id = alternative.trim();
      // A phrase that exists but has errors of its own is already reported; the rule is not at fault.
      if (!looksLikePhraseId(id) || known.has(id) || brokenPhraseIds.has(id)) return;
      const guess = closest(id, phraseIds);
      problems.push(
        problem(rule, `alternatives[${i}]`, `no phrase has the id "${id}"${guess ? ` (did you mean "${guess}"?)` : ''}; an alternative written "<category>.<name>" must name a phrase in the bank`),
      );
    });
  }
}

/** Quotes the flagged words with a little context on each side. */
function excerpt(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 20), start);
  const after = text.slice(end, end + 20);
  return `…${before}[${text.slice(start, end)}]${after}…`.replace(/\s+/g, ' ');
}

/** Runs the bank's own draft check over its phrases and replacement texts: none of them may be flagged. */
function checkRulesAgainstOwnWords(phrases: Located<Phrase>[], rules: Located<AvoidRule>[], problems: Problem[]): void {
  const compiled = compileRules(
    rules.map((r) => r.value),
    phrases.map((p) => p.value),
  );
  const ruleById = new Map(rules.map((r) => [r.value.id, r]));
  for (const phrase of phrases) {
    for (const finding of lint(phrase.value.text, compiled)) {
      const rule = ruleById.get(finding.ruleId)!;
      problems.push(
        problem(rule, 'patterns', `flags the bank's own phrase "${phrase.value.id}" (${excerpt(phrase.value.text, finding.start, finding.end)}): narrow the pattern or reword the phrase`),
      );
    }
  }
  for (const rule of rules) {
    rule.value.alternatives.forEach((alternative, i) => {
      if (looksLikePhraseId(alternative.trim())) return;
      for (const finding of lint(alternative, compiled)) {
        problems.push(
          problem(rule, `alternatives[${i}]`, `this replacement is itself flagged by the rule "${finding.ruleId}" (${excerpt(alternative, finding.start, finding.end)})`),
        );
      }
    });
  }
}

export function checkBank(
  phrases: Located<Phrase>[],
  rules: Located<AvoidRule>[],
  playbooks: Located<Playbook>[],
  brokenPhraseIds: readonly string[],
): { bank: Bank; problems: Problem[] } {
  const problems: Problem[] = [];
  const uniquePhrases = firstOfEachId(phrases, 'phrase', problems);
  const uniqueRules = firstOfEachId(rules, 'rule', problems);
  const uniquePlaybooks = firstOfEachId(playbooks, 'playbook', problems);
  warnRepeatedTexts(uniquePhrases, problems);
  checkAlternatives(
    uniqueRules,
    uniquePhrases.map((p) => p.value.id),
    new Set(brokenPhraseIds),
    problems,
  );
  checkRulesAgainstOwnWords(uniquePhrases, uniqueRules, problems);
  return {
    bank: {
      phrases: uniquePhrases.map((p) => p.value),
      rules: uniqueRules.map((r) => r.value),
      playbooks: uniquePlaybooks.map((p) => p.value),
    },
    problems,
  };
}
