// Realistic customer text for the benchmarks: the evaluation sets beside the repository (`../shared/eval`) —
// Bitext customer-service requests and GoEmotions Reddit comments — cut and joined into tickets of the sizes an
// agent meets (a short message, a long thread, a pasted log). Every pool is built from a seeded random generator,
// so two runs measure the same text.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const EVAL_DIR = resolve(REPO_ROOT, '../shared/eval');

/** A small, fast, seeded generator (mulberry32): the benchmark must not measure different text each run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)]!;
}

export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** The `text` of every row of one evaluation file, with a clear message when the data is not there. */
export function readEvalTexts(file: string): { text: string; row: Record<string, unknown> }[] {
  const path = resolve(EVAL_DIR, file);
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`benchmark data missing: ${path} (the evaluation sets are expected beside the repository)`);
  }
  return raw
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const row = JSON.parse(line) as Record<string, unknown>;
      if (typeof row.text !== 'string') throw new Error(`${path}:${i + 1}: no "text" field`);
      return { text: row.text, row };
    });
}

export interface Corpus {
  /** Support requests (Bitext): what a ticket mostly says. */
  requests: string[];
  /** Emotional comments (GoEmotions): the upset, rambling part of a long thread. */
  comments: string[];
}

export function loadCorpus(): Corpus {
  return {
    requests: readEvalTexts('situations.dev.jsonl').map((r) => r.text),
    comments: readEvalTexts('emotion.dev.jsonl').map((r) => r.text),
  };
}

/** One ticket of about `size` characters: requests and comments joined as messages, cut at a word boundary. */
function ticketOf(corpus: Corpus, size: number, random: () => number): string {
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    // A short ticket is one customer asking; longer ones mix in the venting of a long thread.
    const text = size <= 1000 || random() < 0.5 ? pick(corpus.requests, random) : pick(corpus.comments, random);
    parts.push(text);
    length += text.length + 2;
  }
  const joined = parts.join(size <= 1000 ? ' ' : '\n\n');
  const cut = joined.lastIndexOf(' ', size);
  return cut > size * 0.8 ? joined.slice(0, cut) : joined.slice(0, size);
}

/** `count` different tickets of about `size` characters, so no cache sees the same text twice in a row. */
export function ticketPool(corpus: Corpus, size: number, count: number, seed: number): string[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => ticketOf(corpus, size, random));
}
