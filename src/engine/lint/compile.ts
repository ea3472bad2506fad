// Turns avoid-rules into a word trie, once per bank. Each pattern is split into words and every contraction in
// it is read every way it can be ("that's" → "thats" | "that is" | "that has"), and each combination is a path
// in the trie. The linter then walks the trie along the draft's words: one map look-up per word and step.
import type { AvoidRule, Phrase, Severity } from '../types';
import { tokenise } from '../text/tokenise';
import { readingsOf, type Reading } from './contractions';

export interface CompiledRule {
  id: string;
  severity: Severity;
  why: string;
  /** Texts to suggest instead: phrase ids already replaced by the phrase's text. */
  alternatives: string[];
  /** Position in the rule list: the final tie-break between two equally good findings. */
  order: number;
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  /** Rules with a pattern that ends at this node. */
  ends: CompiledRule[];
}

export interface CompiledRules {
  root: TrieNode;
  rules: CompiledRule[];
  /** Word sequences in the trie (patterns times their contraction readings), for diagnostics and benchmarks. */
  pathCount: number;
}

/** A pattern like "it's what it's" has 3 × 3 readings; past this many, the rarest combinations are not needed. */
const MAX_READINGS_PER_PATTERN = 64;

export function compileRules(rules: readonly AvoidRule[], phrases: readonly Phrase[] = []): CompiledRules {
  const phraseText = new Map(phrases.map((p) => [p.id, p.text]));
  const root: TrieNode = { next: new Map(), ends: [] };
  const compiled: CompiledRule[] = [];
  let pathCount = 0;
  rules.forEach((rule, order) => {
    const entry: CompiledRule = {
      id: rule.id,
      severity: rule.severity,
      why: rule.why,
      alternatives: rule.alternatives.map((a) => phraseText.get(a) ?? a),
      order,
    };
    compiled.push(entry);
    for (const pattern of rule.patterns) {
      for (const words of patternReadings(pattern)) {
        if (insert(root, words, entry)) pathCount += 1;
      }
    }
  });
  return { root, rules: compiled, pathCount };
}

/** Every word sequence a pattern stands for, one per combination of its words' readings. */
export function patternReadings(pattern: string): string[][] {
  let sequences: string[][] = [[]];
  for (const token of tokenise(pattern)) {
    const readings: readonly Reading[] = readingsOf(token.word);
    const grown: string[][] = [];
    for (const sequence of sequences) {
      for (const reading of readings) {
        if (grown.length < MAX_READINGS_PER_PATTERN) grown.push([...sequence, ...reading]);
      }
    }
    sequences = grown;
  }
  return sequences.filter((s) => s.length > 0);
}

/** Adds one word path; false when this rule already ends there (two patterns of a rule reading the same). */
function insert(root: TrieNode, words: readonly string[], rule: CompiledRule): boolean {
  let node = root;
  for (const word of words) {
    let child = node.next.get(word);
    if (!child) {
      child = { next: new Map(), ends: [] };
      node.next.set(word, child);
    }
    node = child;
  }
  if (node.ends.includes(rule)) return false;
  node.ends.push(rule);
  return true;
}
