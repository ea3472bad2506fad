import { analyse } from '../../engine/analyse';
import { LATEST_WINDOW } from '../../engine/analyse/window';
import type { Analysis, Evidence } from '../../engine/types';
import type { Command } from '../command';
import { UsageError, type CliIo } from '../io';

const usage = `Usage: composure analyze [FILE | -]

With FILE (or - for standard input): prints a readable analysis of one customer message — situations, mood and
abusive language — with the words that led to each.

With no argument: reads JSON lines {"id": "...", "text": "..."} on standard input and writes one JSON line per
input line: {"id", "situations": [{"id", "score"}, …] (detected only, best first), "mood", "abusive"}.
A bad input line gets an error on standard error naming its line number; the other lines are still processed.

Exit code: 0 ok, 2 bad usage or at least one bad input line.`;

function quote(evidence: Evidence[]): string {
  return evidence.map((e) => `"${e.text}" (${e.start}–${e.end})`).join(', ');
}

function readable(text: string, analysis: Analysis): string {
  const lines: string[] = [];
  if (text.length > LATEST_WINDOW) {
    lines.push(`(long text: only its last ${LATEST_WINDOW} of ${text.length} characters were analysed)`);
  }
  lines.push('Situations:');
  if (analysis.situations.length === 0) lines.push('  none detected');
  for (const s of analysis.situations) lines.push(`  ${s.id.padEnd(13)} ${s.score.toFixed(2)}  ${quote(s.evidence)}`);
  const { mood, intensity, evidence } = analysis.mood;
  lines.push(`Mood: ${mood} (intensity ${intensity.toFixed(2)})${evidence.length > 0 ? `\n  ${quote(evidence)}` : ''}`);
  lines.push(`Abusive: ${analysis.abuse.abusive ? `yes\n  ${quote(analysis.abuse.evidence)}` : 'no'}`);
  return lines.join('\n');
}

/** One JSON line per input line; returns false when the line was unusable (reported on stderr). */
function analyseJsonLine(raw: string, lineNumber: number, io: CliIo): boolean {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    io.err(`line ${lineNumber}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    return false;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    io.err(`line ${lineNumber}: expected an object like {"id": "1", "text": "..."}`);
    return false;
  }
  const { id, text } = value as Record<string, unknown>;
  if (typeof text !== 'string') {
    io.err(`line ${lineNumber}: "text" must be a string`);
    return false;
  }
  if (id !== undefined && typeof id !== 'string' && typeof id !== 'number') {
    io.err(`line ${lineNumber}: "id" must be a string or a number`);
    return false;
  }
  const analysis = analyse(text);
  io.out(
    JSON.stringify({
      id: id ?? null,
      situations: analysis.situations.map((s) => ({ id: s.id, score: s.score })),
      mood: analysis.mood.mood,
      abusive: analysis.abuse.abusive,
    }),
  );
  return true;
}

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'Detect situation, mood and abusive language in customer text',
  usage,
  run(args, io) {
    if (args.length > 1) throw new UsageError(`expected at most one FILE, got ${args.length} arguments\n\n${usage}`);
    const [file] = args;
    if (file !== undefined && file !== '-' && file.startsWith('-')) throw new UsageError(`unknown option "${file}"\n\n${usage}`);
    if (file !== undefined) {
      let text: string;
      try {
        text = io.readInput(file);
      } catch (error) {
        throw new UsageError(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
      }
      io.out(readable(text, analyse(text)));
      return 0;
    }
    let bad = 0;
    io.readInput('-')
      .split('\n')
      .forEach((raw, i) => {
        if (raw.trim() !== '' && !analyseJsonLine(raw, i + 1, io)) bad++;
      });
    return bad > 0 ? 2 : 0;
  },
};
