/** Something wrong in a bank file, located precisely enough for a person editing it by hand to find and fix. */
export interface Problem {
  /** The file's name as the caller gave it. */
  file: string;
  /** The entry's id, or its position (`phrases[3]`) when it has no usable id; absent for file-level problems. */
  id?: string;
  /** The field at fault, with list positions (`situations[1]`, `when.moods`); for a file-level problem, the key. */
  field: string;
  /** What is wrong and what is expected instead. */
  message: string;
  /** Errors make the entry unusable or the bank contradictory; warnings are probably mistakes. */
  severity: 'error' | 'warning';
  /** 1-based position in the file, known for JSON syntax errors. */
  line?: number;
  column?: number;
}

/** One line: `file: id: field: severity: message` (`file:line:column: …` when the position is known). */
export function formatProblem(problem: Problem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}:${problem.column ?? 1}`;
  const parts = [where, problem.id, problem.field, problem.severity, problem.message].filter((p) => p !== undefined);
  return parts.join(': ');
}

/** Collects the problems of one entry (or of a file's top level) under a fixed file and id. */
export class ProblemSink {
  /** Errors reported through this sink: an entry with none is usable. */
  errorCount = 0;

  constructor(
    readonly file: string,
    readonly id: string | undefined,
    readonly problems: Problem[],
  ) {}

  error(field: string, message: string): void {
    this.errorCount++;
    this.add(field, message, 'error');
  }

  warn(field: string, message: string): void {
    this.add(field, message, 'warning');
  }

  private add(field: string, message: string, severity: Problem['severity']): void {
    this.problems.push({ file: this.file, ...(this.id === undefined ? {} : { id: this.id }), field, message, severity });
  }

  /** A sink for another entry of the same file, sharing the problem list. */
  forEntry(id: string): ProblemSink {
    return new ProblemSink(this.file, id, this.problems);
  }
}
