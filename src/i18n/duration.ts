import { t } from './i18n';

/** "2 d 3 h", "1 h 5 min", "4 min 10 s", "12 s" / "2日3時間" …: a countdown's remaining time. */
export function formatRemaining(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  const days = Math.floor(seconds / 86_400);
  const hours = Math.floor((seconds % 86_400) / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const secs = seconds % 60;
  if (days > 0) return t('duration.daysHours', { d: String(days), h: String(hours) });
  if (hours > 0) return t('duration.hoursMinutes', { h: String(hours), m: String(minutes) });
  if (minutes > 0) return t('duration.minutesSeconds', { m: String(minutes), s: String(secs) });
  return t('duration.seconds', { s: String(secs) });
}
