// The one playbook worth showing for this ticket: abuse first, then an angry customer's mood, then the dominant
// situation. A playbook is eligible only when every condition it states holds.
import type { Analysis, Mood, Playbook, Situation } from '../types';

/**
 * A playbook's conditions, every one present (undefined when not stated). Playbooks come from JSON, where each
 * combination of conditions gives `when` a shape of its own, and reading a dozen shapes at one spot per ticket is
 * slow; these all have one.
 */
interface Conditions {
  playbook: Playbook;
  when: { abusive: boolean | undefined; moods: readonly Mood[] | undefined; situations: readonly Situation[] | undefined };
}

// Kept per playbook list: nothing edits a bank's list in place (an edited bank is a new bank, with a new engine).
const conditionsByBank = new WeakMap<readonly Playbook[], Conditions[]>();

function conditionsOf(playbooks: readonly Playbook[]): Conditions[] {
  let conditions = conditionsByBank.get(playbooks);
  if (!conditions) {
    conditions = playbooks.map((playbook) => {
      const { abusive, moods, situations } = playbook.when;
      return { playbook, when: { abusive, moods, situations } };
    });
    conditionsByBank.set(playbooks, conditions);
  }
  return conditions;
}

function eligible({ when }: Conditions, analysis: Analysis): boolean {
  if (when.abusive !== undefined && when.abusive !== analysis.abuse.abusive) return false;
  if (when.moods?.length && !when.moods.includes(analysis.mood.mood)) return false;
  if (when.situations?.length && firstDetected(analysis, when.situations) < 0) return false;
  return true;
}

/** Higher is better; a tuple compared left to right, written into `into`. */
function rankInto(into: number[], { when }: Conditions, analysis: Analysis): void {
  const forAbuse = analysis.abuse.abusive && when.abusive === true ? 1 : 0;
  const forAngerMood = analysis.mood.mood === 'angry' && when.moods?.length ? 1 : 0;
  // The earlier a situation was detected (best first), the more it counts; a playbook without one counts least.
  const detected = when.situations?.length ? firstDetected(analysis, when.situations) : -1;
  const situationRank = detected >= 0 ? analysis.situations.length - detected : 0;
  const forMood = when.moods?.length ? 1 : 0;
  const conditions = (when.situations?.length ? 1 : 0) + forMood + (when.abusive !== undefined ? 1 : 0);
  // Authors list a playbook's main situation first: "yes, if" is about refunds before it is about complaints.
  const listedAt = detected >= 0 ? -when.situations!.indexOf(analysis.situations[detected]!.id) : 0;
  into[0] = forAbuse;
  into[1] = forAngerMood;
  into[2] = situationRank;
  into[3] = forMood;
  into[4] = conditions;
  into[5] = listedAt;
}

/**
 * The position among the detected situations (best first) of the first one listed in `situations`, or -1. (Loops,
 * not `findIndex` with closures: it runs per playbook per ticket.)
 */
function firstDetected(analysis: Analysis, situations: readonly Situation[]): number {
  for (let k = 0; k < analysis.situations.length; k++) if (situations.includes(analysis.situations[k]!.id)) return k;
  return -1;
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return b[i]! - a[i]!;
  return 0;
}

export function choosePlaybook(playbooks: readonly Playbook[], analysis: Analysis): Playbook | undefined {
  let best: Playbook | undefined;
  // Two tuples, swapped when a candidate wins: ranking a dozen playbooks per suggestion allocates nothing more.
  let bestRank = [0, 0, 0, 0, 0, 0];
  let candidateRank = [0, 0, 0, 0, 0, 0];
  for (const conditions of conditionsOf(playbooks)) {
    if (!eligible(conditions, analysis)) continue;
    const { playbook } = conditions;
    rankInto(candidateRank, conditions, analysis);
    const order = best ? compareRanks(candidateRank, bestRank) : -1;
    if (!best || order < 0 || (order === 0 && playbook.id < best.id)) {
      best = playbook;
      const swap = bestRank;
      bestRank = candidateRank;
      candidateRank = swap;
    }
  }
  return best;
}
