/**
 * A set of small numbers (bank indexes, trigger pattern numbers) that one suggestion pass fills and the next
 * empties for free: one stamp array per bank, reused by every pass (a new pass takes a new stamp), so a pass
 * allocates and clears nothing in proportion to the bank.
 */
export class Stamps {
  private readonly stamps: Uint32Array;
  private stamp = 0;

  constructor(size: number) {
    this.stamps = new Uint32Array(size);
  }

  /** Starts a new pass: nothing is marked. */
  clear(): void {
    if (++this.stamp === 0xffffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
  }

  /** Marks n; false when it already was. */
  mark(n: number): boolean {
    if (this.stamps[n] === this.stamp) return false;
    this.stamps[n] = this.stamp;
    return true;
  }

  has(n: number): boolean {
    return this.stamps[n] === this.stamp;
  }
}

/** The stamps `cache` keeps for `owner` (made `size` long the first time), emptied for a new pass. */
export function freshStamps<K extends object>(cache: WeakMap<K, Stamps>, owner: K, size: number): Stamps {
  let stamps = cache.get(owner);
  if (!stamps) cache.set(owner, (stamps = new Stamps(size)));
  stamps.clear();
  return stamps;
}
