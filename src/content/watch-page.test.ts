import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchPage } from './watch-page';

describe('watchPage', () => {
  afterEach(() => vi.useRealTimers());

  it('reads at most once per interval however many mutations arrive, and ignores the caller’s own nodes', async () => {
    vi.useFakeTimers();
    const ignored = document.createElement('div');
    document.body.append(ignored);
    const onChange = vi.fn();
    const watcher = watchPage({ root: document.body, ignore: (node) => ignored.contains(node), onChange, intervalMs: 250 });

    ignored.append('typing in the editor');
    await vi.advanceTimersByTimeAsync(1000);
    expect(onChange).not.toHaveBeenCalled();

    for (let i = 0; i < 20; i++) {
      document.body.append(document.createElement('p'));
      await vi.advanceTimersByTimeAsync(50); // 20 mutations over one second
    }
    await vi.advanceTimersByTimeAsync(300);
    expect(onChange.mock.calls.length).toBeGreaterThanOrEqual(3);
    expect(onChange.mock.calls.length).toBeLessThanOrEqual(5);
    watcher.stop();
  });
});
