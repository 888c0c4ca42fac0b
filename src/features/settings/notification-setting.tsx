import { createSignal, Match, Switch, type JSX } from 'solid-js';
import { t } from '../../i18n/i18n';
import { runHousekeeping } from '../contacts/housekeeping';

function currentPermission(): NotificationPermission | 'unsupported' {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

/** Asks for notification permission only when the person taps the button — never on load. */
export function NotificationSetting(): JSX.Element {
  const [permission, setPermission] = createSignal(currentPermission());
  const ask = async () => {
    const result = await Notification.requestPermission();
    setPermission(result);
    if (result === 'granted') await runHousekeeping().catch(() => undefined);
  };
  return (
    <div class="field">
      <span class="label">{t('settings.reminders')}</span>
      <Switch>
        <Match when={permission() === 'granted'}>
          <p>{t('settings.notificationsOn')}</p>
        </Match>
        <Match when={permission() === 'denied'}>
          <p>{t('settings.notificationsDenied')}</p>
        </Match>
        <Match when={permission() === 'unsupported'}>
          <p>{t('settings.notificationsUnsupported')}</p>
        </Match>
        <Match when={permission() === 'default'}>
          <p class="hint">{t('settings.notificationsHint')}</p>
          <button type="button" class="button" onClick={() => void ask()}>
            {t('settings.allowNotifications')}
          </button>
        </Match>
      </Switch>
    </div>
  );
}
