import { For, type JSX } from 'solid-js';
import { A } from '@solidjs/router';
import { t } from '../i18n/i18n';
import { Icon, type IconName } from './icons';

const items: { href: string; label: 'nav.myCard' | 'nav.show' | 'nav.scan' | 'nav.contacts' | 'nav.events' | 'nav.settings'; icon: IconName; end?: boolean }[] = [
  { href: '/', label: 'nav.myCard', icon: 'card', end: true },
  { href: '/show', label: 'nav.show', icon: 'qr' },
  { href: '/scan', label: 'nav.scan', icon: 'scan' },
  { href: '/contacts', label: 'nav.contacts', icon: 'people' },
  { href: '/events', label: 'nav.events', icon: 'calendar' },
  { href: '/settings', label: 'nav.settings', icon: 'gear' },
];

/** The thumb-reachable bar of the six main screens. */
export function BottomNav(): JSX.Element {
  return (
    <nav class="bottom-nav" aria-label={t('nav.label')}>
      <ul>
        <For each={items}>
          {(item) => (
            <li>
              <A href={item.href} end={item.end} activeClass="active">
                <Icon name={item.icon} />
                <span>{t(item.label)}</span>
              </A>
            </li>
          )}
        </For>
      </ul>
    </nav>
  );
}
