import { dueStatus } from '../../domain/reminders/due';
import { t } from '../../i18n/i18n';
import { notifyDue, setBadge } from '../../pwa/due-notification';
import { expireDueCards, openFollowUps } from './contacts-store';

/**
 * What runs when the app opens or comes back: drop the details of expired time-limited
 * cards, put the due count on the app badge, and (if allowed) notify once about what is due.
 */
export async function runHousekeeping(now = Date.now()): Promise<number> {
  await expireDueCards(now);
  const open = await openFollowUps();
  const due = open.filter((c) => {
    const status = dueStatus(c, now);
    return status === 'overdue' || status === 'today';
  });
  await setBadge(due.length);
  if (due.length > 0) {
    const names = due.slice(0, 3).map((c) => c.card.name || c.card.email);
    const body = due.length > 3 ? t('due.notifyBodyMore', { names: names.join(', '), n: String(due.length - 3) }) : names.join(', ');
    await notifyDue(t('due.notifyTitle', { n: String(due.length) }), body, due.map((c) => c.id).sort().join(','), `${import.meta.env.BASE_URL}due`);
  }
  return due.length;
}
