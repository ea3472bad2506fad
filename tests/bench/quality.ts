// Quality beside speed: every task of the project's eval (src/engine/eval, the same scores `composure eval`
// prints) for our analyser and for peer (a) used as a detector. A snippet extension has no analyser: all it knows
// of a message is the snippet Fuse ranks first for it, so peer (a) reads each task off that snippet's metadata —
// the most a snippet extension could plausibly do:
// - situations: the first situation the top snippet is written for (none when it fits any situation);
// - upset / mood: the first mood the top snippet is written for (calm when it names none: it would be offered to
//   anyone), upset when that mood is frustrated or angry;
// - abusive: the top snippet is a boundary phrase ("I can help when we keep this respectful"), the one a snippet
//   extension would offer against abuse.
// Fuse costs 60–100 ms a short message over our bank even with a prebuilt index (the same ranking as a new index
// per query), so the peer is scored on every SAMPLE_EVERY-th row of each file, ours on those same rows and on all.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyse } from '../../src/engine/analyse';
import { readAbuseRows, readEmotionRows, readSituationRows, type ParsedLine, type ReadResult } from '../../src/engine/eval/dataset';
import { runEval, type EvalData, type TaskReport } from '../../src/engine/eval/runner';
import type { Analysis, Bank, Phrase } from '../../src/engine/types';
import { EVAL_DIR } from './corpus';
import { peerPrebuiltIndex } from './peers';

export const SAMPLE_EVERY = 10;

/** The eval files, each with the tasks scored on it. */
export const QUALITY_FILES = {
  situations: { file: 'situations.dev.jsonl', read: readSituationRows, tasks: ['situations', 'abusive-bitext'] },
  emotion: { file: 'emotion.dev.jsonl', read: readEmotionRows, tasks: ['upset', 'mood'] },
  abuse: { file: 'abuse.dev.jsonl', read: readAbuseRows, tasks: ['abusive'] },
} as const;
export type QualityFile = keyof typeof QUALITY_FILES;

/** The score each task is judged by, and whether lower is better. */
const HEADLINES: Record<string, { score: string; lowerIsBetter?: boolean }[]> = {
  situations: [{ score: 'macroF1' }],
  'abusive-bitext': [{ score: 'recall' }, { score: 'falsePositiveRate', lowerIsBetter: true }],
  upset: [{ score: 'balancedAccuracy' }],
  mood: [{ score: 'macroF1' }],
  abusive: [{ score: 'balancedAccuracy' }],
};

export interface QualityRow {
  task: string;
  score: string;
  lowerIsBetter: boolean;
  oursAll: number;
  rowsAll: number;
  oursSample: number;
  peerSample: number;
  rowsSample: number;
}

function rowsOf<R>(file: string, read: (lines: ParsedLine[]) => ReadResult<R>): R[] {
  const lines = readFileSync(resolve(EVAL_DIR, file), 'utf8')
    .split('\n')
    .map((raw, line) => ({ raw, line }))
    .filter(({ raw }) => raw.trim() !== '')
    .map(({ raw, line }) => ({ line, value: JSON.parse(raw) as unknown }));
  const { rows, problems } = read(lines);
  if (problems.length > 0) throw new Error(`${file}: ${problems.length} unreadable rows (first at line ${problems[0]!.line + 1})`);
  return rows;
}

function evalData(which: QualityFile, sampleOnly: boolean): EvalData {
  const { file, read } = QUALITY_FILES[which];
  const rows = (rowsOf(file, read as (lines: ParsedLine[]) => ReadResult<{ line: number }>) as { line: number }[]).filter(
    (row) => !sampleOnly || row.line % SAMPLE_EVERY === 0,
  );
  const data: EvalData = { situations: [], emotion: [], abuse: [] };
  (data[which] as unknown[]) = rows;
  return data;
}

/** Peer (a) as an analyser: what the top Fuse hit's metadata says (see the top of this file). */
export function peerAnalyser(bank: Bank): (text: string) => Analysis {
  const top = peerPrebuiltIndex(bank);
  return (text) => {
    const hit: Phrase | undefined = top(text)[0];
    const situation = hit?.situations[0];
    const mood = hit?.moods[0] ?? 'calm';
    const boundary = hit?.category === 'boundary';
    return {
      situations: situation ? [{ id: situation, score: 1, evidence: [] }] : [],
      mood: { mood, intensity: mood === 'calm' ? 0 : 1, evidence: [] },
      abuse: { abusive: boundary, evidence: [] },
    };
  };
}

function tasksOf(which: QualityFile, reports: TaskReport[]): TaskReport[] {
  return reports.filter((r) => (QUALITY_FILES[which].tasks as readonly string[]).includes(r.name));
}

/** Peer (a)'s reports on the sampled rows of one file: the slow part, run in a child process (peer-job.ts). */
export function peerQuality(which: QualityFile, bank: Bank): TaskReport[] {
  return tasksOf(which, runEval(evalData(which, true), peerAnalyser(bank)));
}

/** Ours on all rows and on the sampled rows, beside the peer's reports, one row per task and headline score. */
export function qualityRows(which: QualityFile, peer: TaskReport[]): QualityRow[] {
  const allData = evalData(which, false);
  const sampleData = evalData(which, true);
  const all = tasksOf(which, runEval(allData, analyse));
  const sample = tasksOf(which, runEval(sampleData, analyse));
  const rowsAll = allData[which].length;
  const rowsSample = sampleData[which].length;
  return all.flatMap((report) =>
    HEADLINES[report.name]!.map(({ score, lowerIsBetter }) => ({
      task: report.name,
      score,
      lowerIsBetter: lowerIsBetter === true,
      oursAll: report.scores.all[score]!,
      rowsAll,
      oursSample: sample.find((r) => r.name === report.name)!.scores.all[score]!,
      peerSample: peer.find((r) => r.name === report.name)!.scores.all[score]!,
      rowsSample,
    })),
  );
}

/** Ours is at least as good as the peer on the same rows (at most as high where lower is better). */
export function oursAtLeastPeer(row: QualityRow): boolean {
  return row.lowerIsBetter ? row.oursSample <= row.peerSample : row.oursSample >= row.peerSample;
}
