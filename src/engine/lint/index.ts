// The draft check: finds lines to avoid ("that's not my job", "calm down") in what the agent is writing,
// modelled on retext-equality/alex.
//
// Matching rules, in short:
// - case, apostrophe style (' ’ ‘ ʼ) and contraction form don't matter: "that's" = "that is" = "thats";
//   "can't" = "cannot" = "can not"; "won't" = "will not" (see contractions.ts);
// - whole words only: "calm down" does not fire on "calm downtown", nor "no problem" on "no problems" (a rule
//   that wants the plural lists it as another pattern);
// - a match stays within one sentence and one line;
// - quoted text is skipped: `>` lines and text in quotation marks (see quoted.ts);
// - a contraction may be entered half-way ("not my job" catches "isn't my job", reported over "isn't") but
//   never left half-way ("I do" does not catch "I don't");
// - findings never overlap (see overlap.ts) and come in text order.
import type { LintFinding } from '../types';
import { compileRules, type CompiledRules, type TrieNode } from './compile';
import { draftWords, type DraftWord } from './draft-words';
import { withoutOverlaps, type Match } from './overlap';

export { compileRules };
export type { CompiledRules };

export function lint(draft: string, compiled: CompiledRules): LintFinding[] {
  if (typeof draft !== 'string' || draft.length === 0) return [];
  const words = draftWords(draft);
  const matches: Match[] = [];

  // Follows the trie from `node` into the words after `last`, recording every rule that ends on a word's end.
  const extend = (node: TrieNode, first: number, last: number): void => {
    for (const rule of node.ends) matches.push({ first, last, start: words[first]!.start, end: words[last]!.end, rule });
    const word = words[last + 1];
    if (node.next.size === 0 || !word || word.quoted || !word.continuesPrevious) return;
    for (const reading of word.readings) {
      const reached = follow(node, reading, 0);
      if (reached) extend(reached, first, last + 1);
    }
  };

  words.forEach((word, i) => {
    if (word.quoted) return;
    for (const reading of word.readings) {
      // Starting inside a reading lets "not my job" begin at the "not" of "isn't" = "is not".
      for (let from = 0; from < reading.length; from++) {
        const reached = follow(compiled.root, reading, from);
        if (reached) extend(reached, i, i);
      }
    }
  });

  return withoutOverlaps(matches, words.length).map((m) => toFinding(draft, m));
}

function follow(node: TrieNode, reading: DraftWord['readings'][number], from: number): TrieNode | undefined {
  let reached: TrieNode | undefined = node;
  for (let k = from; k < reading.length && reached; k++) reached = reached.next.get(reading[k]!);
  return reached;
}

function toFinding(draft: string, match: Match): LintFinding {
  const { rule } = match;
  return {
    start: match.start,
    end: match.end,
    ruleId: rule.id,
    found: draft.slice(match.start, match.end),
    why: rule.why,
    severity: rule.severity,
    alternatives: [...rule.alternatives],
  };
}
