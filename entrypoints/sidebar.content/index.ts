import { browser } from 'wxt/browser';
import sidebarCss from '@/src/ui/sidebar.css?inline';
import { startComposure, type ComposureSession } from '@/src/content/controller';
import { createDock } from '@/src/content/dock';
import { isContentMessage, type ContentMessage, type TabStatus } from '@/src/content/messages';
import { syncPrefs } from '@/src/content/synced-prefs';
import { openBankSource } from '@/src/content/bank-source';
import { HELPDESK_MATCHES } from '@/src/helpdesks/hosts';
import { DEFAULT_SITE_PREFS, sitePrefs } from '@/src/storage/site-prefs';

const SIDEBAR_TAG = 'composure-sidebar';

export default defineContentScript({
  matches: HELPDESK_MATCHES,
  // Top frame only: helpdesk app iframes must not get a second sidebar or a second insert.
  allFrames: false,
  async main(ctx) {
    // An instance left by a previous load of the extension (update, reload) gives way to this one.
    document.querySelectorAll(SIDEBAR_TAG).forEach((old) => old.remove());
    const hostname = location.hostname;
    const store = sitePrefs(hostname);
    const dock = createDock(document);
    // Built-in ← team bank ← the agent's own phrases and rules; the open sidebar moves to a new bank in place.
    const bank = await openBankSource((engine) => ui.mounted?.setEngine(engine));
    const ui = await createShadowRootUi<ComposureSession>(ctx, {
      name: SIDEBAR_TAG,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css: sidebarCss,
      // Keys typed in the sidebar (search, slot values) must not reach the helpdesk's own shortcuts.
      isolateEvents: true,
      onMount: (container, _shadow, host) =>
        startComposure({ doc: document, engine: bank.engine, container, host, dock, prefs: prefs.get(), savePrefs: prefs.save }),
      onRemove: (session) => {
        session?.stop();
        dock.release();
      },
    });
    // Switched on or off from the popup, resized or collapsed in another tab of this site: followed live.
    const prefs = syncPrefs(store, (await store.get().catch(() => undefined)) ?? DEFAULT_SITE_PREFS, (next) => {
      if (next.enabled !== Boolean(ui.mounted)) return next.enabled ? ui.mount() : ui.remove();
      ui.mounted?.applyPrefs(next);
    });
    if (prefs.get().enabled) ui.mount();
    ctx.addEventListener(window, 'wxt:locationchange', () => ui.mounted?.refresh());

    const onCommand = (command: Extract<ContentMessage, { type: 'composure:command' }>['command']) => {
      if (!ui.mounted) {
        // Off on this site: either shortcut switches it back on, open.
        prefs.save({ ...prefs.get(), enabled: true, collapsed: false });
        ui.mount();
        if (command === 'toggle-sidebar') return;
      }
      if (command === 'toggle-sidebar') ui.mounted?.toggle();
      else ui.mounted?.focusSearch();
    };
    const onMessage = (message: unknown): Promise<TabStatus | true> | undefined => {
      if (!isContentMessage(message)) return undefined;
      if (message.type === 'composure:status') {
        return Promise.resolve({ hostname, enabled: Boolean(ui.mounted), ...ui.mounted?.status() });
      }
      onCommand(message.command);
      return Promise.resolve(true);
    };
    browser.runtime.onMessage.addListener(onMessage);
    // Chrome does not tell a content script that its extension was reloaded or updated: the old instance just
    // loses `browser.runtime`. WXT's context notices (and removes the sidebar, giving the page back its margin)
    // whenever it is asked whether it is still valid, so ask every two seconds: a property read, nothing more.
    ctx.setInterval(() => undefined, 2_000);
    ctx.onInvalidated(() => {
      browser.runtime?.onMessage.removeListener(onMessage); // gone after an extension reload
      prefs.stop();
      bank.stop();
    });
  },
});
