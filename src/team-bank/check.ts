import { formatProblem, type Problem } from '../engine/bank';

export { checkTeamBank } from '../bank/builtin';

/** Kept in the status for the options page: enough to fix a broken file, not a copy of a huge one. */
const MAX_LISTED = 50;

/** Errors first (they are why a bank was refused), then warnings, one `file: id: field: severity: message` line each. */
export function formatTeamProblems(problems: readonly Problem[]): string[] {
  const ordered = [...problems.filter((p) => p.severity === 'error'), ...problems.filter((p) => p.severity !== 'error')];
  const lines = ordered.slice(0, MAX_LISTED).map(formatProblem);
  if (ordered.length > MAX_LISTED) lines.push(`… and ${ordered.length - MAX_LISTED} more`);
  return lines;
}
