// The few messages of the first look at a shared card, in both languages. A stranger's phone
// paints the card from the page itself, before any translation runtime or dictionary loads
// (see src/first-look.ts), so these travel with it; the full dictionaries take them from here,
// so each message is written once.
// Each language's messages are in en/first-look.ts and ja/first-look.ts (a dictionary chunk
// carries only its own); this module holds what works on them, and the app's translator fills
// its messages' slots with the same `fill` (i18n.ts).

import type { firstLookEn } from './en/first-look';

/** Fills the `{{ name }}` slots of a message, each value as written (a slot with no value is left empty). */
export function fill(template: string, values: Readonly<Record<string, string | number | boolean>>): string {
  // One pattern, and a function rather than replacement text: a `$&` or `$'` in a name is not
  // read as a pattern, and a value that looks like a slot is not filled again.
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => String(values[key] ?? ''));
}

/** One of the duration messages filled in (from a dictionary, or from the first look's messages). */
export type FormatDuration = (key: keyof (typeof firstLookEn)['duration'], values: Record<string, string>) => string;

/** "2 d 3 h", "1 h 5 min", "4 min 10 s", "12 s" / "2日3時間" …: a countdown's remaining time. */
export function remaining(ms: number, format: FormatDuration): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  const d = String(Math.floor(seconds / 86_400));
  const h = String(Math.floor((seconds % 86_400) / 3600));
  const m = String(Math.floor((seconds % 3600) / 60));
  const s = String(seconds % 60);
  if (d !== '0') return format('daysHours', { d, h });
  if (h !== '0') return format('hoursMinutes', { h, m });
  if (m !== '0') return format('minutesSeconds', { m, s });
  return format('seconds', { s });
}
