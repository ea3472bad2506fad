import { MOODS, SITUATIONS, type Mood, type Situation } from '../types';

/**
 * Readers for the three evaluation files (see /work/shared/eval/README.md). They take rows already parsed from
 * JSON lines, so they stay pure; the CLI reads the files. Each row keeps its line index (0-based) because the
 * even/odd split used to check generalisation is by line.
 */

export interface ParsedLine {
  /** 0-based line index in the file. */
  line: number;
  value: unknown;
}

export interface RowProblem {
  line: number;
  message: string;
}

interface BaseRow {
  line: number;
  id: string;
  text: string;
}

export interface SituationRow extends BaseRow {
  situation: Situation | null;
  abusive: boolean;
}

export interface EmotionRow extends BaseRow {
  emotion: Mood;
}

export interface AbuseRow extends BaseRow {
  abusive: boolean;
}

export interface ReadResult<R> {
  rows: R[];
  problems: RowProblem[];
}

type Field<T> = { ok: true; value: T } | { ok: false; message: string };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readBase(value: unknown): Field<{ id: string; text: string; record: Record<string, unknown> }> {
  if (!isObject(value)) return { ok: false, message: 'expected a JSON object' };
  const { id, text } = value;
  if (typeof text !== 'string') return { ok: false, message: '"text" must be a string' };
  if (id !== undefined && typeof id !== 'string') return { ok: false, message: '"id" must be a string' };
  return { ok: true, value: { id: id ?? '', text, record: value } };
}

function readRows<R>(
  lines: ParsedLine[],
  extra: (record: Record<string, unknown>) => Field<Omit<R, keyof BaseRow>>,
): ReadResult<R> {
  const rows: R[] = [];
  const problems: RowProblem[] = [];
  for (const { line, value } of lines) {
    const base = readBase(value);
    if (!base.ok) {
      problems.push({ line, message: base.message });
      continue;
    }
    const rest = extra(base.value.record);
    if (!rest.ok) {
      problems.push({ line, message: rest.message });
      continue;
    }
    rows.push({ line, id: base.value.id || `line-${line + 1}`, text: base.value.text, ...rest.value } as R);
  }
  return { rows, problems };
}

function readBoolean(record: Record<string, unknown>, key: string): Field<boolean> {
  const value = record[key];
  return typeof value === 'boolean' ? { ok: true, value } : { ok: false, message: `"${key}" must be true or false` };
}

export function readSituationRows(lines: ParsedLine[]): ReadResult<SituationRow> {
  return readRows<SituationRow>(lines, (record) => {
    const situation = record.situation;
    if (situation !== null && !SITUATIONS.includes(situation as Situation)) {
      return { ok: false, message: `"situation" must be null or one of ${SITUATIONS.join(', ')}` };
    }
    const abusive = readBoolean(record, 'abusive');
    if (!abusive.ok) return abusive;
    return { ok: true, value: { situation: situation as Situation | null, abusive: abusive.value } };
  });
}

export function readEmotionRows(lines: ParsedLine[]): ReadResult<EmotionRow> {
  return readRows<EmotionRow>(lines, (record) => {
    const emotion = record.emotion;
    if (!MOODS.includes(emotion as Mood)) return { ok: false, message: `"emotion" must be one of ${MOODS.join(', ')}` };
    return { ok: true, value: { emotion: emotion as Mood } };
  });
}

export function readAbuseRows(lines: ParsedLine[]): ReadResult<AbuseRow> {
  return readRows<AbuseRow>(lines, (record) => {
    const abusive = readBoolean(record, 'abusive');
    return abusive.ok ? { ok: true, value: { abusive: abusive.value } } : abusive;
  });
}
