import sidebarCss from '@/src/ui/sidebar.css?inline';
import { startComposure } from '@/src/content/controller';
import { dockRight } from '@/src/content/dock';
import { builtinEngine } from '@/src/bank/builtin';
import { HELPDESK_MATCHES } from '@/src/helpdesks/hosts';

const SIDEBAR_TAG = 'composure-sidebar';
const SIDEBAR_WIDTH = 340;

export default defineContentScript({
  matches: HELPDESK_MATCHES,
  // Top frame only: helpdesk app iframes must not get a second sidebar or a second insert.
  allFrames: false,
  async main(ctx) {
    // An instance left by a previous load of the extension (update, reload) gives way to this one.
    document.querySelectorAll(SIDEBAR_TAG).forEach((old) => old.remove());
    let undock: (() => void) | undefined;
    let session: ReturnType<typeof startComposure> | undefined;
    const ui = await createShadowRootUi(ctx, {
      name: SIDEBAR_TAG,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css: sidebarCss,
      // Keys typed in the sidebar (search, slot values) must not reach the helpdesk's own shortcuts.
      isolateEvents: true,
      onMount(container, _shadow, host) {
        undock = dockRight(document, SIDEBAR_WIDTH);
        session = startComposure({ doc: document, engine: builtinEngine(), container, host });
      },
      onRemove() {
        session?.stop();
        undock?.();
      },
    });
    ui.mount();
    ctx.addEventListener(window, 'wxt:locationchange', () => session?.refresh());
  },
});
