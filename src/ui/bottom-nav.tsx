import { For, type JSX } from 'solid-js';
import { A, useLocation } from './router';
import { t } from '../i18n/i18n';
import { Icon, type IconName } from './icons';

const items: { href: string; label: 'nav.myCard' | 'nav.show' | 'nav.scan' | 'nav.contacts' | 'nav.events' | 'nav.settings'; icon: IconName; also?: string }[] = [
  { href: '/', label: 'nav.myCard', icon: 'card', also: '/cards' },
  { href: '/show', label: 'nav.show', icon: 'qr' },
  { href: '/scan', label: 'nav.scan', icon: 'scan' },
  { href: '/contacts', label: 'nav.contacts', icon: 'people', also: '/due' },
  { href: '/events', label: 'nav.events', icon: 'calendar' },
  { href: '/settings', label: 'nav.settings', icon: 'gear' },
];

/** The thumb-reachable bar of the six main screens. */
export function BottomNav(): JSX.Element {
  const location = useLocation();
  // The app's own paths, without the deploy base.
  const isActive = (item: (typeof items)[number]) => {
    const base = import.meta.env.BASE_URL.replace(/\/$/, '');
    const path = location.pathname.startsWith(base) ? location.pathname.slice(base.length) || '/' : location.pathname;
    if (item.href === '/') return path === '/' || (item.also !== undefined && path.startsWith(item.also));
    return path === item.href || path.startsWith(`${item.href}/`) || (item.also !== undefined && path.startsWith(item.also));
  };
  return (
    <nav class="bottom-nav" aria-label={t('nav.label')}>
      <ul>
        <For each={items}>
          {(item) => (
            <li>
              <A href={item.href} classList={{ active: isActive(item) }} aria-current={isActive(item) ? 'page' : undefined}>
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
