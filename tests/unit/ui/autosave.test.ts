// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRoot } from 'solid-js';
import { createAutosave } from '../../../src/ui/autosave';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function setup(write = vi.fn(async (_value: Record<string, string>) => {})) {
  return createRoot((dispose) => ({ dispose, write, autosave: createAutosave(write, 400, (a, b) => ({ ...a, ...b })) }));
}

describe('autosave', () => {
  it('writes once, shortly after the last of several quick changes, combining them', async () => {
    const { autosave, write, dispose } = setup();
    autosave.schedule({ notes: 'a' });
    await vi.advanceTimersByTimeAsync(300);
    autosave.schedule({ title: 'b' });
    await vi.advanceTimersByTimeAsync(300);
    expect(write).not.toHaveBeenCalled();
    expect(autosave.state()).toBe('pending');
    await vi.advanceTimersByTimeAsync(100);
    expect(write).toHaveBeenCalledTimes(1);
    expect(write).toHaveBeenCalledWith({ notes: 'a', title: 'b' });
    expect(autosave.state()).toBe('saved');
    dispose();
  });

  it('writes at once when flushed, and whatever is pending when the component goes away', async () => {
    const { autosave, write, dispose } = setup();
    autosave.schedule({ notes: 'now' });
    await autosave.flush();
    expect(write).toHaveBeenLastCalledWith({ notes: 'now' });
    autosave.schedule({ notes: 'leaving' });
    dispose();
    await vi.runAllTimersAsync();
    expect(write).toHaveBeenLastCalledWith({ notes: 'leaving' });
    expect(write).toHaveBeenCalledTimes(2);
  });

  it('writes pending changes when the page is hidden (the phone locks)', async () => {
    const { autosave, write, dispose } = setup();
    autosave.schedule({ notes: 'typed' });
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(0);
    expect(write).toHaveBeenCalledWith({ notes: 'typed' });
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    dispose();
  });

  it('writes one change after another, never two at once, and reports a failed write', async () => {
    let running = 0;
    let most = 0;
    const write = vi.fn(async (value: Record<string, string>) => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 50));
      running--;
      if (value.notes === 'bad') throw new Error('quota');
    });
    const { autosave, dispose } = setup(write);
    autosave.schedule({ notes: 'one' });
    void autosave.flush();
    autosave.schedule({ notes: 'bad' });
    void autosave.flush();
    await vi.runAllTimersAsync();
    expect(write).toHaveBeenCalledTimes(2);
    expect(most).toBe(1);
    expect(autosave.state()).toBe('error');
    dispose();
  });
});
