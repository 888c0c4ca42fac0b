/** How long a shown card stays valid. */
export const VALIDITY_CHOICES = ['1h', 'today', '7d', '30d'] as const;
/** One validity choice. */
export type ValidityChoice = (typeof VALIDITY_CHOICES)[number];
/** The choice Show starts with: until the end of today. */
export const DEFAULT_VALIDITY: ValidityChoice = 'today';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** When a card shown at `now` stops being valid (local time for "today": 23:59). */
export function expiryFor(choice: ValidityChoice, now: number): number {
  switch (choice) {
    case '1h':
      return now + 60 * MINUTE;
    case '7d':
      return now + 7 * DAY;
    case '30d':
      return now + 30 * DAY;
    case 'today': {
      const end = new Date(now);
      end.setHours(23, 59, 0, 0);
      // In the day's last minute, "today" still gives the other person a minute to save it.
      return Math.max(end.getTime(), now + MINUTE);
    }
  }
}

/** Whether a stored value is a known validity choice. */
export function isValidityChoice(value: unknown): value is ValidityChoice {
  return typeof value === 'string' && (VALIDITY_CHOICES as readonly string[]).includes(value);
}
