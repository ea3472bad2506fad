// What the content script uses: the last good copy of the team bank, and a watch on it. Read-only; the
// background script is the only writer (src/team-bank/sync.ts).
import { browser } from 'wxt/browser';
import { parseCache } from './store';
import { TEAM_KEYS, type TeamBank } from './types';

/** The team bank in use, or undefined when there is none (or the stored copy is damaged). */
export async function readTeamBank(): Promise<TeamBank | undefined> {
  const raw = await browser.storage.local.get(TEAM_KEYS.cache);
  return parseCache(raw[TEAM_KEYS.cache]);
}

/** Calls `onChange` with the new team bank (undefined once it is removed) whenever the background replaces it. */
export function watchTeamBank(onChange: (team: TeamBank | undefined) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && TEAM_KEYS.cache in changes) onChange(parseCache(changes[TEAM_KEYS.cache]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  // After an extension reload the old content script has no `browser.storage` left: nothing to unhook.
  return () => browser.storage?.onChanged.removeListener(listener);
}
