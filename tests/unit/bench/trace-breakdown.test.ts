import { describe, expect, it } from 'vitest';
import { summarise } from '../../bench/trace-breakdown';

// A trace as Chromium writes it: microseconds, one renderer main thread (pid 1, tid 1), complete
// events that nest, and a navigation to measure from.
const NAV = 1_000_000;
const at = (ms: number) => NAV + ms * 1000;
const span = (name: string, fromMs: number, ms: number, args?: object) => ({ name, ph: 'X', ts: at(fromMs), dur: ms * 1000, pid: 1, tid: 1, args });
const navigation = (url: string, fromMs = 0) => ({ name: 'navigationStart', ph: 'R', ts: at(fromMs), pid: 1, tid: 1, args: { data: { documentLoaderURL: url, isLoadingMainFrame: true } } });

describe('where a page’s time went (bench trace breakdown)', () => {
  it('files each event’s own time under its kind, and an unknown event under its parent’s', () => {
    const breakdown = summarise(
      [
        navigation('http://localhost/show'),
        span('RunTask', 10, 30),
        span('ParseHTML', 10, 30, { beginData: { url: 'http://localhost/show' } }),
        span('EvaluateScript', 15, 20),
        span('Layout', 20, 5), // a layout the script forced
        span('SomethingInternal', 26, 4), // inside the script: scripting
        span('RunTask', 50, 20, { src_func: 'ScheduledActionSendBeginMainFrame' }),
        span('UpdateLayoutTree', 50, 4),
        span('Layout', 54, 10),
        span('Paint', 64, 2),
      ],
      80,
    );
    expect(breakdown.htmlAt).toBe(10);
    expect(breakdown.loading).toBe(10); // ParseHTML's 30 less the script's 20
    expect(breakdown.scripting).toBe(15); // 20 less the forced layout's 5
    expect(breakdown.styleAndLayout).toBe(5 + 4 + 10);
    expect(breakdown.paint).toBe(2 + 4); // Paint, and the frame task's own time
    expect(breakdown.other).toBe(0);
    expect(breakdown.idle).toBe(80 - 30 - 20);
    expect(breakdown.total).toBe(80);
  });

  it('counts only the time between the navigation and the reported moment, from the last navigation', () => {
    const breakdown = summarise(
      [
        navigation('', -100), // the blank page a new tab starts with
        span('EvaluateScript', -50, 10),
        navigation('http://localhost/'),
        span('RunTask', -5, 10), // began before the navigation: half of it counts
        span('EvaluateScript', 90, 20), // runs past the reported moment: half of it counts
      ],
      100,
    );
    expect(breakdown.other).toBe(5);
    expect(breakdown.scripting).toBe(10);
    expect(breakdown.idle).toBe(85);
  });

  it('refuses a trace without a navigation', () => {
    expect(() => summarise([span('Layout', 0, 1)], 10)).toThrow(/no navigation/);
  });
});
