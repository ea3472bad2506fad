import { SIDEBAR_WIDTH, clampWidth } from '../storage/site-prefs';

const KEY_STEP = 20;

/**
 * The sidebar's left edge: drag it to resize, or focus it and use the arrow keys (Home/End: narrowest/widest).
 * The page is re-docked as it moves; the width is stored once the drag ends.
 */
export function ResizeHandle({ width, onResize }: { width: number; onResize: (width: number, done: boolean) => void }) {
  const onPointerDown = (event: PointerEvent) => {
    if (event.button !== 0) return;
    event.preventDefault();
    const handle = event.currentTarget as HTMLElement;
    const startX = event.clientX;
    const startWidth = width;
    let current = width;
    handle.setPointerCapture(event.pointerId);
    const move = (e: PointerEvent) => {
      // Dragging left widens the panel: it is docked to the right edge.
      current = clampWidth(startWidth + (startX - e.clientX));
      onResize(current, false);
    };
    const end = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', end);
      handle.removeEventListener('pointercancel', end);
      onResize(current, true);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', end);
    handle.addEventListener('pointercancel', end);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const next =
      event.key === 'ArrowLeft' ? width + KEY_STEP
      : event.key === 'ArrowRight' ? width - KEY_STEP
      : event.key === 'Home' ? SIDEBAR_WIDTH.min
      : event.key === 'End' ? SIDEBAR_WIDTH.max
      : undefined;
    if (next === undefined) return;
    event.preventDefault();
    onResize(clampWidth(next), true);
  };
  return (
    <div
      class="resize"
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize Composure"
      aria-valuemin={SIDEBAR_WIDTH.min}
      aria-valuemax={SIDEBAR_WIDTH.max}
      aria-valuenow={width}
      tabIndex={0}
      data-testid="resize"
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
    />
  );
}
