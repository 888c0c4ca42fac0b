import { createEffect, createSignal, onCleanup, onMount, Show, Suspense, type JSX } from 'solid-js';
import { usePageVisibility } from '@solid-primitives/page-visibility';
import { runHousekeeping } from './features/contacts/housekeeping';
import { useNavigate } from '@solidjs/router';
import { isSharedCardFragment } from './domain/share/payload-codec';
import { t } from './i18n/i18n';
import { UpdatePrompt } from './pwa/update-prompt';
import { BottomNav } from './ui/bottom-nav';
import { DbNoticeBanner } from './ui/db-notice-banner';
import { createHtmlLang } from './ui/html-lang';
import { ScreenBoundary, lazyScreen } from './ui/screen-boundary';
import { Toasts } from './ui/toasts';

const ReceiveScreen = lazyScreen(() => import('./features/receive/receive-screen').then((m) => m.ReceiveScreen));

/** The frame around every screen: skip link, content (or a shared card), bottom bar, toasts. */
export function AppShell(props: { children?: JSX.Element }): JSX.Element {
  createHtmlLang();
  const navigate = useNavigate();
  // A shared card lives in the URL fragment, which never reaches a server.
  const [fragment, setFragment] = createSignal(window.location.hash);
  const onHashChange = () => setFragment(window.location.hash);
  window.addEventListener('hashchange', onHashChange);
  onCleanup(() => window.removeEventListener('hashchange', onHashChange));
  // Expiry, badge and reminder on open, on return to the foreground, and each minute.
  const housekeeping = () => void runHousekeeping().catch(() => undefined);
  const visible = usePageVisibility();
  onMount(() => {
    createEffect(() => visible() && housekeeping());
    const timer = setInterval(housekeeping, 60_000);
    onCleanup(() => clearInterval(timer));
  });
  const closeReceived = () => {
    history.replaceState(history.state, '', window.location.pathname + window.location.search);
    setFragment('');
    navigate('/');
  };

  return (
    <div class="app">
      {/* Not a plain #main link: the URL fragment is reserved for shared cards. */}
      <a
        class="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <DbNoticeBanner />
      <main id="main" tabindex="-1">
        <ScreenBoundary>
          <Suspense>
            {/* Keyed: opening another card's link starts afresh (nothing "already saved"). */}
            <Show when={isSharedCardFragment(fragment()) ? fragment() : null} keyed fallback={props.children}>
              {(shared) => <ReceiveScreen fragment={shared} onClose={closeReceived} />}
            </Show>
          </Suspense>
        </ScreenBoundary>
      </main>
      <BottomNav />
      <div class="toast-region" role="status" aria-live="polite">
        <UpdatePrompt />
        <Toasts />
      </div>
    </div>
  );
}
