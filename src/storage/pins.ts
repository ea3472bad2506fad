import { putRecords, readableStore, readRecords, removeRecords, type ReadableStore } from './record-store';
import { PIN } from './records';

/** More would no longer be a short list of favourites; the oldest pins give way. */
export const MAX_PINS = 30;

/** Phrase ids the agent pinned, oldest first, on every site. */
async function readPinTimes(): Promise<[string, number][]> {
  return [...(await readRecords(PIN))].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).slice(-MAX_PINS);
}

const readPins = async () => (await readPinTimes()).map(([id]) => id);

export const pinnedPhrases: ReadableStore<string[]> = readableStore([PIN], readPins);

/** Pins an unpinned phrase, unpins a pinned one (one record each); returns the new list. */
export async function togglePin(id: string): Promise<string[]> {
  const times = await readPinTimes();
  const pins = times.map(([pinned]) => pinned);
  if (pins.includes(id)) {
    await removeRecords(PIN, [id]);
  } else {
    // Later than every pin, even within one millisecond: the list's order is the order of pinning.
    await putRecords(PIN, [[id, Math.max(Date.now(), (times.at(-1)?.[1] ?? 0) + 1)]]);
    const over = pins.length + 1 - MAX_PINS;
    if (over > 0) await removeRecords(PIN, pins.slice(0, over));
  }
  return readPins();
}
