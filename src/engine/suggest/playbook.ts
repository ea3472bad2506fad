// The one playbook worth showing for this ticket: abuse first, then an angry customer's mood, then the dominant
// situation. A playbook is eligible only when every condition it states holds.
import type { Analysis, Playbook } from '../types';

function eligible(playbook: Playbook, analysis: Analysis): boolean {
  const { when } = playbook;
  if (when.abusive !== undefined && when.abusive !== analysis.abuse.abusive) return false;
  if (when.moods?.length && !when.moods.includes(analysis.mood.mood)) return false;
  if (when.situations?.length && !when.situations.some((s) => analysis.situations.some((hit) => hit.id === s))) {
    return false;
  }
  return true;
}

/** Higher is better; a tuple compared left to right. */
function rank(playbook: Playbook, analysis: Analysis): number[] {
  const { when } = playbook;
  const forAbuse = analysis.abuse.abusive && when.abusive === true ? 1 : 0;
  const forAngerMood = analysis.mood.mood === 'angry' && when.moods?.length ? 1 : 0;
  // The earlier a situation was detected (best first), the more it counts; a playbook without one counts least.
  const detected = when.situations?.length ? analysis.situations.findIndex((hit) => when.situations!.includes(hit.id)) : -1;
  const situationRank = detected >= 0 ? analysis.situations.length - detected : 0;
  const forMood = when.moods?.length ? 1 : 0;
  const conditions = (when.situations?.length ? 1 : 0) + forMood + (when.abusive !== undefined ? 1 : 0);
  // Authors list a playbook's main situation first: "yes, if" is about refunds before it is about complaints.
  const listedAt = detected >= 0 ? -when.situations!.indexOf(analysis.situations[detected]!.id) : 0;
  return [forAbuse, forAngerMood, situationRank, forMood, conditions, listedAt];
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return b[i]! - a[i]!;
  return 0;
}

export function choosePlaybook(playbooks: readonly Playbook[], analysis: Analysis): Playbook | undefined {
  let best: { playbook: Playbook; rank: number[] } | undefined;
  for (const playbook of playbooks) {
    if (!eligible(playbook, analysis)) continue;
    const candidate = { playbook, rank: rank(playbook, analysis) };
    const order = best ? compareRanks(candidate.rank, best.rank) : -1;
    if (!best || order < 0 || (order === 0 && playbook.id < best.playbook.id)) best = candidate;
  }
  return best?.playbook;
}
