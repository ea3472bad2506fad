import type { Analysis, Situation } from '../types';

/** Detected situations weighted against the strongest, so scores on any scale count the same way. */
export function situationWeights(analysis: Analysis): Map<Situation, number> {
  const top = Math.max(0, ...analysis.situations.map((hit) => hit.score));
  const weights = new Map<Situation, number>();
  for (const hit of analysis.situations) if (!weights.has(hit.id)) weights.set(hit.id, hit.score / top);
  return weights;
}
