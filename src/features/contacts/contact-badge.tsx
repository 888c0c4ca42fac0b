import { Match, Switch, type JSX } from 'solid-js';
import type { Contact } from '../../domain/types';
import { dueStatus } from '../../domain/reminders/due';
import { expiryStatus } from '../../domain/contacts/expiry';
import { formatDate } from '../../i18n/format';
import { formatRemaining } from '../../i18n/duration';
import { t } from '../../i18n/i18n';

/** The one status a row shows: overdue / due today / follow-up date / card expired / expires in. */
export function ContactBadge(props: { contact: Contact; now: number }): JSX.Element {
  const due = () => dueStatus(props.contact, props.now);
  const expiry = () => expiryStatus(props.contact, props.now);
  return (
    <Switch>
      <Match when={due() === 'overdue'}>
        <span class="badge danger">{t('contacts.badge.overdue')}</span>
      </Match>
      <Match when={due() === 'today'}>
        <span class="badge warn">{t('contacts.badge.today')}</span>
      </Match>
      <Match when={expiry()?.kind === 'expired'}>
        <span class="badge muted">{t('contacts.badge.expired')}</span>
      </Match>
      <Match when={due() === 'upcoming'}>
        <span class="badge">{t('contacts.badge.upcoming', { date: formatDate(props.contact.followUpAt!) })}</span>
      </Match>
      <Match when={expiry()?.kind === 'expires' && expiry()}>
        {(e) => <span class="badge">{t('contacts.badge.expires', { time: formatRemaining((e() as { at: number }).at - props.now) })}</span>}
      </Match>
    </Switch>
  );
}
