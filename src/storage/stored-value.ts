import { browser } from 'wxt/browser';

/**
 * One typed value in `browser.storage.local`. Whatever is stored goes through `parse` on the way out, so a
 * value written by an older version (or edited by hand) comes back as a valid value, never as a crash.
 */
export interface StoredValue<T> {
  get(): Promise<T>;
  set(value: T): Promise<void>;
  /** Reads, changes and writes back. Not atomic across tabs: the last write wins, which these small values tolerate. */
  update(change: (current: T) => T): Promise<T>;
  /** Calls `onChange` with the parsed value whenever it changes (in any tab or in the popup). Returns an unsubscribe. */
  watch(onChange: (value: T) => void): () => void;
}

export function storedValue<T>(key: string, parse: (raw: unknown) => T): StoredValue<T> {
  const get = async () => parse((await browser.storage.local.get(key))[key]);
  const set = (value: T) => browser.storage.local.set({ [key]: value });
  return {
    get,
    set,
    update: async (change) => {
      const next = change(await get());
      await set(next);
      return next;
    },
    watch: (onChange) => {
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'local' && key in changes) onChange(parse(changes[key]!.newValue));
      };
      browser.storage.onChanged.addListener(listener);
      // After an extension reload the old content script has no `browser.storage` left: nothing to unhook.
      return () => browser.storage?.onChanged.removeListener(listener);
    },
  };
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
