import { isRecord, storedValue, type StoredValue } from './stored-value';

/** How the sidebar looks on one helpdesk site, remembered per hostname. */
export interface SitePrefs {
  /** Off: no sidebar on this site (set from the toolbar popup). */
  enabled: boolean;
  collapsed: boolean;
  /** Sidebar width in CSS pixels, within SIDEBAR_WIDTH. */
  width: number;
}

/** Bounds of the open panel, and the width of the slim tab it collapses to (the page keeps that much room). */
export const SIDEBAR_WIDTH = { min: 280, max: 560, initial: 340, collapsed: 32 } as const;

export const DEFAULT_SITE_PREFS: SitePrefs = { enabled: true, collapsed: false, width: SIDEBAR_WIDTH.initial };

export function clampWidth(width: number): number {
  if (!Number.isFinite(width)) return SIDEBAR_WIDTH.initial;
  return Math.round(Math.min(SIDEBAR_WIDTH.max, Math.max(SIDEBAR_WIDTH.min, width)));
}

/** Keeps what is valid in a stored value and takes the default for the rest. */
export function parseSitePrefs(raw: unknown): SitePrefs {
  if (!isRecord(raw)) return { ...DEFAULT_SITE_PREFS };
  return {
    enabled: typeof raw.enabled === 'boolean' ? raw.enabled : DEFAULT_SITE_PREFS.enabled,
    collapsed: typeof raw.collapsed === 'boolean' ? raw.collapsed : DEFAULT_SITE_PREFS.collapsed,
    width: typeof raw.width === 'number' ? clampWidth(raw.width) : DEFAULT_SITE_PREFS.width,
  };
}

export const sitePrefsKey = (hostname: string) => `site:${hostname.toLowerCase()}`;

export function sitePrefs(hostname: string): StoredValue<SitePrefs> {
  return storedValue(sitePrefsKey(hostname), parseSitePrefs);
}
