/**
 * Makes room for the sidebar at the right edge of the page, so it sits beside the helpdesk (reply box and the
 * helpdesk's own right-hand panel included) instead of covering it. Returns a function that gives it back.
 */
export function dockRight(doc: Document, width: number): () => void {
  const style = doc.documentElement.style;
  const previous = { value: style.getPropertyValue('margin-right'), priority: style.getPropertyPriority('margin-right') };
  style.setProperty('margin-right', `${width}px`, 'important');
  return () => style.setProperty('margin-right', previous.value, previous.priority);
}
