import type { SitePrefs } from '../storage/site-prefs';
import type { StoredValue } from '../storage/record-store';

/**
 * This site's sidebar preferences as the content script sees them: saved when the agent resizes, collapses or
 * switches the sidebar, and followed when they change elsewhere (the popup, another tab on the same site).
 * Our own writes come back through `storage.onChanged`; they are recognised and not applied twice, so a quick
 * run of resizes never snaps back to an older width.
 */
export interface SyncedPrefs {
  get(): SitePrefs;
  save(next: SitePrefs): void;
  stop(): void;
}

export function syncPrefs(store: StoredValue<SitePrefs>, initial: SitePrefs, onChangedElsewhere: (prefs: SitePrefs) => void): SyncedPrefs {
  let current = initial;
  const ownWrites = new Set<string>();
  const stop = store.watch((next) => {
    const key = JSON.stringify(next);
    if (ownWrites.delete(key)) return;
    current = next;
    onChangedElsewhere(next);
  });
  return {
    get: () => current,
    save(next) {
      const key = JSON.stringify(next);
      if (key === JSON.stringify(current)) return; // storage would not report an unchanged value
      current = next;
      ownWrites.add(key);
      store.set(next).catch(() => ownWrites.delete(key));
    },
    stop,
  };
}
