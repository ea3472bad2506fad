import { useEffect, useState } from 'preact/hooks';
import type { TabStatus } from '@/src/content/messages';
import { sitePrefs } from '@/src/storage/site-prefs';
import { askStatus, extensionPages, shortcuts, targetTabId } from './tab-status';

const links = extensionPages();

type Load = { kind: 'loading' } | { kind: 'elsewhere' } | { kind: 'ready'; tabId: number; status: TabStatus };

/** How long the content script gets to mount or remove the sidebar before the popup asks again. */
const SETTLE_MS = 150;

/**
 * The toolbar popup: switch Composure on or off for this site (the page follows at once, no reload), what it
 * detected there, the keyboard shortcuts, and the options and stats pages when the build has them.
 */
export function Popup() {
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [keys, setKeys] = useState<Awaited<ReturnType<typeof shortcuts>>>([]);

  const refresh = async () => {
    const tabId = await targetTabId();
    const status = tabId === undefined ? null : await askStatus(tabId);
    setLoad(status && tabId !== undefined ? { kind: 'ready', tabId, status } : { kind: 'elsewhere' });
  };
  useEffect(() => {
    void refresh();
    void shortcuts().then(setKeys);
  }, []);

  const setEnabled = async (enabled: boolean) => {
    if (load.kind !== 'ready') return;
    setLoad({ ...load, status: { ...load.status, enabled } });
    await sitePrefs(load.status.hostname).update((prefs) => ({ ...prefs, enabled }));
    setTimeout(() => void refresh(), SETTLE_MS);
  };

  return (
    <main class="popup">
      <header>
        <img src="/icon-32.png" alt="" width="20" height="20" />
        <h1>Composure</h1>
      </header>
      {load.kind === 'loading' && <p class="muted">Looking at this page…</p>}
      {load.kind === 'elsewhere' && (
        <p class="muted" data-testid="popup-elsewhere">
          Composure runs on Zendesk and Freshdesk ticket pages. Open a ticket there to use it.
        </p>
      )}
      {load.kind === 'ready' && (
        <>
          <label class="switch">
            <input
              type="checkbox"
              role="switch"
              data-testid="popup-enabled"
              checked={load.status.enabled}
              onChange={(event) => void setEnabled((event.target as HTMLInputElement).checked)}
            />
            <span>
              On for <strong>{load.status.hostname}</strong>
            </span>
          </label>
          <p class="status" data-testid="popup-status" role="status">
            {!load.status.enabled
              ? 'Off on this site.'
              : `${load.status.helpdeskLabel ?? 'This page'} · ${load.status.ticketId ? `ticket #${load.status.ticketId}` : 'no ticket open'}`}
          </p>
        </>
      )}
      {keys.length > 0 && (
        <section aria-label="Keyboard shortcuts">
          <h2>Shortcuts</h2>
          <dl class="keys">
            {keys.map((key) => (
              <div key={key.name}>
                <dt>{key.shortcut ? <kbd>{key.shortcut}</kbd> : <span class="muted">not set</span>}</dt>
                <dd>{key.description}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      <nav aria-label="Composure pages">
        {links.map((link) => (
          <a key={link.url} href={link.url} target="_blank" rel="noreferrer" onClick={() => setTimeout(() => window.close(), 0)}>
            {link.label}
          </a>
        ))}
      </nav>
    </main>
  );
}

