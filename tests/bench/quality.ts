// Quality beside speed: the situations metric of the project's eval (macro-F1 over Bitext's 8 labels, through
// src/engine/eval) for our analyser and for peer (a) used as a situation detector — the situation of the phrase
// Fuse ranks first for the message (none when that phrase fits any situation). Fuse costs ~60 ms a short
// message even with a prebuilt index (same ranking as a new one), so both are scored on every 10th row (the same
// rows), and ours also on all rows.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyse } from '../../src/engine/analyse';
import { readSituationRows, type SituationRow } from '../../src/engine/eval/dataset';
import { runEval } from '../../src/engine/eval/runner';
import type { Analysis, Bank } from '../../src/engine/types';
import { EVAL_DIR } from './corpus';
import { peerPrebuiltIndex } from './peers';

export const SAMPLE_EVERY = 10;

export interface QualityFigures {
  oursAll: number;
  rowsAll: number;
  oursSample: number;
  peerSample: number;
  rowsSample: number;
}

function situationRows(): SituationRow[] {
  const lines = readFileSync(resolve(EVAL_DIR, 'situations.dev.jsonl'), 'utf8')
    .split('\n')
    .map((raw, line) => ({ raw, line }))
    .filter(({ raw }) => raw.trim() !== '')
    .map(({ raw, line }) => ({ line, value: JSON.parse(raw) as unknown }));
  const { rows, problems } = readSituationRows(lines);
  if (problems.length > 0) throw new Error(`situations.dev.jsonl: ${problems.length} unreadable rows (first at line ${problems[0]!.line + 1})`);
  return rows;
}

function macroF1(rows: SituationRow[], analyser: (text: string) => Analysis): number {
  const report = runEval({ situations: rows, emotion: [], abuse: [] }, analyser).find((t) => t.name === 'situations');
  return report!.scores.all.macroF1!;
}

export function measureQuality(bank: Bank): QualityFigures {
  const rows = situationRows();
  const sample = rows.filter((r) => r.line % SAMPLE_EVERY === 0);
  const peer = peerPrebuiltIndex(bank);
  const calm = { mood: 'calm' as const, intensity: 0, evidence: [] };
  const peerAnalyser = (text: string): Analysis => {
    const situation = peer(text)[0]?.situations[0];
    return { situations: situation ? [{ id: situation, score: 1, evidence: [] }] : [], mood: calm, abuse: { abusive: false, evidence: [] } };
  };
  return {
    oursAll: macroF1(rows, analyse),
    rowsAll: rows.length,
    oursSample: macroF1(sample, analyse),
    peerSample: macroF1(sample, peerAnalyser),
    rowsSample: sample.length,
  };
}
