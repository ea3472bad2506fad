// When several rules catch overlapping words ("I can't help you" inside "I'm afraid I can't help you"), the
// agent sees one finding: the longest match, then the most severe, then the earliest, then the rule listed first.
import type { Severity } from '../types';
import type { CompiledRule } from './compile';

/** A match in word positions: the draft words `first`..`last` (inclusive) and the character span they cover. */
export interface Match {
  first: number;
  last: number;
  start: number;
  end: number;
  rule: CompiledRule;
}

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

function better(a: Match, b: Match): number {
  return (
    b.end - b.start - (a.end - a.start) ||
    SEVERITY_RANK[b.rule.severity] - SEVERITY_RANK[a.rule.severity] ||
    a.start - b.start ||
    a.rule.order - b.rule.order
  );
}

/** Keeps the best of every group of overlapping matches; returns them in text order, none overlapping. */
export function withoutOverlaps(matches: Match[], wordCount: number): Match[] {
  // Matches cover whole words, so two overlap exactly when they share a word: marking taken words is enough.
  const taken = new Uint8Array(wordCount);
  const kept: Match[] = [];
  for (const match of [...matches].sort(better)) {
    let free = true;
    for (let w = match.first; w <= match.last && free; w++) free = taken[w] === 0;
    if (!free) continue;
    taken.fill(1, match.first, match.last + 1);
    kept.push(match);
  }
  return kept.sort((a, b) => a.start - b.start);
}
