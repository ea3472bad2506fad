/**
 * Calls `onChange` when the page may show something new — a message arrived, the agent switched tickets — at
 * most once per `intervalMs` (4 reads a second by default), and never for mutations the caller ignores (our
 * own sidebar, the agent typing in the editor).
 */
export function watchPage(options: {
  root: Node;
  ignore: (node: Node) => boolean;
  onChange: () => void;
  intervalMs?: number;
}): { schedule: () => void; stop: () => void } {
  const { root, ignore, onChange, intervalMs = 250 } = options;
  const win = (root.ownerDocument ?? (root as Document)).defaultView ?? window;
  let timer: number | undefined;
  let lastRun = -Infinity;

  const run = () => {
    timer = undefined;
    lastRun = win.performance.now();
    onChange();
  };
  const schedule = () => {
    if (timer !== undefined) return;
    timer = win.setTimeout(run, Math.max(0, lastRun + intervalMs - win.performance.now()));
  };
  const observer = new MutationObserver((records) => {
    if (records.some((record) => !ignore(record.target))) schedule();
  });
  observer.observe(root, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    // Ticket tabs are shown and hidden through these; other attribute churn (hover classes) is not news.
    attributeFilter: ['hidden', 'aria-hidden', 'style', 'data-ticket-id'],
  });
  return {
    schedule,
    stop: () => {
      observer.disconnect();
      if (timer !== undefined) win.clearTimeout(timer);
    },
  };
}
