/**
 * Classification metrics over gold/predicted label pairs. Labels are strings; the caller fixes the label set so
 * a class the classifier never predicts (or the data never holds) still shows up with zeros.
 */

export interface ClassScores {
  label: string;
  /** Rows whose gold label is this class. */
  support: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ConfusionTable {
  /** Row and column order. */
  labels: string[];
  /** counts[gold][predicted], indexed like `labels`. */
  counts: number[][];
}

export interface Metrics {
  total: number;
  accuracy: number;
  /** Mean recall over the classes present in the gold labels. */
  balancedAccuracy: number;
  /** Mean F1 over all labels of the set. */
  macroF1: number;
  perClass: ClassScores[];
  confusion: ConfusionTable;
}

/** 0 instead of NaN when the denominator is empty: an empty class scores nothing rather than poisoning means. */
function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

function mean(values: number[]): number {
  return ratio(
    values.reduce((sum, v) => sum + v, 0),
    values.length,
  );
}

/** Gold and predicted labels must be in `labels`; a label outside it is a caller bug and throws. */
export function computeMetrics(pairs: Iterable<{ gold: string; predicted: string }>, labels: string[]): Metrics {
  const position = new Map(labels.map((label, i) => [label, i]));
  const counts = labels.map(() => labels.map(() => 0));
  let total = 0;
  for (const { gold, predicted } of pairs) {
    const g = position.get(gold);
    const p = position.get(predicted);
    if (g === undefined || p === undefined) {
      throw new Error(`label outside the metric's label set: gold "${gold}", predicted "${predicted}"`);
    }
    counts[g]![p]!++;
    total++;
  }
  const perClass = labels.map((label, i) => {
    const truePositives = counts[i]![i]!;
    const support = counts[i]!.reduce((sum, n) => sum + n, 0);
    const predictedCount = counts.reduce((sum, row) => sum + row[i]!, 0);
    const precision = ratio(truePositives, predictedCount);
    const recall = ratio(truePositives, support);
    return { label, support, precision, recall, f1: ratio(2 * precision * recall, precision + recall) };
  });
  const correct = labels.reduce((sum, _, i) => sum + counts[i]![i]!, 0);
  return {
    total,
    accuracy: ratio(correct, total),
    balancedAccuracy: mean(perClass.filter((c) => c.support > 0).map((c) => c.recall)),
    macroF1: mean(perClass.map((c) => c.f1)),
    perClass,
    confusion: { labels, counts },
  };
}
