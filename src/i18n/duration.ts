import { remaining } from './first-look';
import { t } from './i18n';

/** "2 d 3 h", "1 h 5 min", "4 min 10 s", "12 s" / "2日3時間" …: a countdown's remaining time, in the UI language. */
export function formatRemaining(ms: number): string {
  return remaining(ms, (key, values) => t(`duration.${key}`, values));
}
