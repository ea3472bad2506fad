// The validator's problems shown under the field at fault, and the attributes that tie the field to them for
// screen readers. Shared by the phrase and the rule forms, which differ only in their fields and id prefix.
import type { Problem } from '../engine/bank';

/** Problems grouped by the form field they belong to; `form` for those that belong to no one field. */
export type ProblemsOf<F extends string> = Partial<Record<F | 'form', Problem[]>>;

interface FieldProblemsProps<F extends string> {
  field: F | 'form';
  problems: ProblemsOf<F>;
  /** Prefix of the list's element id, unique per form on the page. */
  idPrefix: string;
}

export function FieldProblems<F extends string>({ field, problems, idPrefix }: FieldProblemsProps<F>) {
  const list: Problem[] = problems[field] ?? [];
  if (list.length === 0) return null;
  return (
    <ul class="problems" id={`${idPrefix}${field}`}>
      {list.map((p, i) => (
        <li key={i} class={`problem ${p.severity}`} data-testid="field-problem" data-field={field} data-severity={p.severity}>
          {p.field !== field && field !== 'form' ? <code>{p.field}</code> : null} {p.message}
        </li>
      ))}
    </ul>
  );
}

/** `aria-invalid` while the field has an error, and `aria-describedby` pointing at its problems while it has any. */
export function problemAttributes<F extends string>(problems: ProblemsOf<F>, field: F, idPrefix: string) {
  const list = problems[field] ?? [];
  return {
    'aria-invalid': list.some((p) => p.severity === 'error'),
    'aria-describedby': list.length ? `${idPrefix}${field}` : undefined,
  };
}

/**
 * Problems grouped under the form field they name (`triggers[2]` → triggers); those naming no field of the form
 * (the id, the whole bank) go to `form`, shown above it.
 */
export function groupByField<F extends string>(problems: readonly Problem[], fields: readonly F[]): ProblemsOf<F> {
  const grouped: ProblemsOf<F> = {};
  for (const problem of problems) {
    const head = problem.field.split(/[[.]/)[0] as F;
    (grouped[fields.includes(head) ? head : 'form'] ??= []).push(problem);
  }
  return grouped;
}
