// Ten times our avoid-rules, for the linter's worst case: each rule is repeated with its patterns extended by a
// word (so the trie grows wide and deep, as a team adding its own rules would make it) under a new id.
import type { AvoidRule } from '../../src/engine/types';
import { pick, seededRandom } from './corpus';

const FILLERS = ['really', 'just', 'honestly', 'actually', 'again', 'now', 'today', 'here', 'sir', 'madam', 'please', 'anyway'];

export function multiplyRules(rules: readonly AvoidRule[], factor: number, seed = 3): AvoidRule[] {
  const random = seededRandom(seed);
  const out: AvoidRule[] = [...rules];
  for (let copy = 1; copy < factor; copy++) {
    for (const rule of rules) {
      out.push({
        ...rule,
        id: `${rule.id}-${copy}`,
        patterns: rule.patterns.map((p) => (random() < 0.5 ? `${pick(FILLERS, random)} ${p}` : `${p} ${pick(FILLERS, random)}`)),
      });
    }
  }
  return out;
}

/** A 2 000-character draft: bank phrases, with a few lines to avoid among them, as an agent's reply grows. */
export function draftOf(phraseTexts: readonly string[], rules: readonly AvoidRule[], seed = 5): string {
  const random = seededRandom(seed);
  const parts: string[] = [];
  let length = 0;
  while (length < 2_000) {
    const text = random() < 0.15 ? `${pick(pick(rules, random).patterns, random)}.` : pick(phraseTexts, random);
    parts.push(text);
    length += text.length + 1;
  }
  return parts.join(' ').slice(0, 2_000);
}
