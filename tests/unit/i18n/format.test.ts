import { describe, expect, it, vi } from 'vitest';

// The UI language without the browser: the formatters only ask which one it is.
const ui = vi.hoisted(() => ({ locale: 'en' as 'en' | 'ja' }));
vi.mock('../../../src/i18n/i18n', () => ({ locale: () => ui.locale }));

const { formatDate, formatDateTime, formatTime } = await import('../../../src/i18n/format');

// Intl throws "Invalid time value" past ±8.64e15 ms (and on NaN): a stored time that slipped
// past every check must cost one date on the screen, not the whole screen.
const UNPRINTABLE = [8_640_000_000_000_001, -8_640_000_000_000_001, 1e300, -1e300, Number.NaN, Infinity, -Infinity];

describe('dates are formatted defensively', () => {
  it.each(['en', 'ja'] as const)('a time Intl cannot print is a dash, never an exception (%s)', (locale) => {
    ui.locale = locale;
    for (const at of UNPRINTABLE) {
      for (const format of [formatDate, formatDateTime, formatTime]) expect(format(at), `${format.name}(${at})`).toBe('—');
    }
  });

  it('the farthest times JavaScript dates reach still print', () => {
    ui.locale = 'en';
    expect(formatDate(8.64e15)).toMatch(/275760/);
    expect(formatDate(-8.64e15)).not.toBe('—');
  });

  it('an ordinary time prints in the UI language', () => {
    const at = new Date(2026, 10, 24, 12).getTime();
    ui.locale = 'en';
    expect(formatDate(at)).toBe('Nov 24, 2026');
    ui.locale = 'ja';
    expect(formatDate(at)).toBe('2026/11/24');
  });
});
