/**
 * A sorted copy, equal items in their order (as a stable sort). For the handful of items the engine orders per
 * ticket (a situation's hits, a text's situations, bucket groups, the chosen suggestions), an insertion sort costs
 * less than a sort calling back into a comparator.
 */
export function sortedStably<T>(items: readonly T[], before: (a: T, b: T) => boolean): T[] {
  const sorted: T[] = [];
  for (const item of items) {
    let k = sorted.length;
    sorted.push(item);
    while (k > 0 && before(item, sorted[k - 1]!)) {
      sorted[k] = sorted[k - 1]!;
      k--;
    }
    sorted[k] = item;
  }
  return sorted;
}
