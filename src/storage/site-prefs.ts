import { browser } from 'wxt/browser';
import { putRecords, readRecord, type StoredValue } from './record-store';
import { checkRecord, SITE, type SitePrefs } from './records';
import { clampWidth, DEFAULT_SITE_PREFS } from './site-defaults';

export { SIDEBAR_WIDTH, DEFAULT_SITE_PREFS, clampWidth } from './site-defaults';
export type { SitePrefs } from './records';

const siteId = (hostname: string) => hostname.toLowerCase();

/** This site's sidebar settings, in storage.sync (storage.local when sync refuses them); defaults for a site never seen. */
export function sitePrefs(hostname: string): StoredValue<SitePrefs> {
  const id = siteId(hostname);
  const key = SITE.prefix + id;
  const get = async () => {
    const stored = await readRecord(SITE, id);
    return stored ? { ...stored, width: clampWidth(stored.width) } : { ...DEFAULT_SITE_PREFS };
  };
  const set = (value: SitePrefs) => putRecords(SITE, [[id, { ...value, width: clampWidth(value.width) }]]);
  return {
    get,
    set,
    update: async (change) => {
      const next = change(await get());
      await set(next);
      return next;
    },
    watch: (onChange) => {
      // The value written, straight from the change: a quick run of writes is seen in order, each once
      // (the content script recognises its own writes by their value).
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        const change = changes[key];
        if (!change || (area !== 'sync' && area !== 'local')) return;
        if (change.newValue === undefined) return; // a local copy retired once sync took the value: unchanged
        const checked = checkRecord(SITE, key, change.newValue);
        onChange(checked.ok ? { ...checked.value, width: clampWidth(checked.value.width) } : { ...DEFAULT_SITE_PREFS });
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage?.onChanged.removeListener(listener);
    },
  };
}
