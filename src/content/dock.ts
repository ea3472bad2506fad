/**
 * Makes room for the sidebar at the right edge of the page, so it sits beside the helpdesk (reply box and the
 * helpdesk's own right-hand panel included) instead of covering it: a right margin on <html>, changed as the
 * sidebar is resized or collapsed, and given back on release.
 */
export interface Dock {
  set(width: number): void;
  release(): void;
}

export function createDock(doc: Document): Dock {
  const style = doc.documentElement.style;
  const previous = { value: style.getPropertyValue('margin-right'), priority: style.getPropertyPriority('margin-right') };
  let docked = false;
  return {
    set(width) {
      docked = true;
      style.setProperty('margin-right', `${Math.max(0, Math.round(width))}px`, 'important');
    },
    release() {
      if (!docked) return;
      docked = false;
      style.setProperty('margin-right', previous.value, previous.priority);
    },
  };
}
