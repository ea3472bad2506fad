import type { SitePrefs } from './records';

/** Bounds of the open panel, and the width of the slim tab it collapses to (the page keeps that much room). */
export const SIDEBAR_WIDTH = { min: 280, max: 560, initial: 340, collapsed: 32 } as const;

export const DEFAULT_SITE_PREFS: SitePrefs = { enabled: true, collapsed: false, width: SIDEBAR_WIDTH.initial };

export function clampWidth(width: number): number {
  if (!Number.isFinite(width)) return SIDEBAR_WIDTH.initial;
  return Math.round(Math.min(SIDEBAR_WIDTH.max, Math.max(SIDEBAR_WIDTH.min, width)));
}
