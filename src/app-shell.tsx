import { createEffect, createResource, createSignal, getOwner, onCleanup, runWithOwner, Show, Suspense, type JSX } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import { usePageVisibility } from '@solid-primitives/page-visibility';
import { useNavigate } from './ui/router';
import { isSharedCardFragment } from './domain/share/link-syntax';
import { loadMessages, locale, t } from './i18n/i18n';
import { BottomNav } from './ui/bottom-nav';
import { firstScreenShown, ScreenBoundary, lazyScreen } from './ui/screen-boundary';
import { Toasts } from './ui/toasts';
import { dbNotice } from './features/settings/settings-store';

const ReceiveScreen = lazyScreen(() => Promise.all([import('./features/receive/receive-screen'), loadMessages('screens')]).then(([m]) => m.ReceiveScreen));

/** The frame around every screen: skip link, content (or a shared card), bottom bar, toasts. */
export function AppShell(props: { children?: JSX.Element }): JSX.Element {
  // <html lang> follows the UI language, so screen readers and fonts follow it too.
  createEffect(() => (document.documentElement.lang = locale()));
  const navigate = useNavigate();
  // A shared card lives in the URL fragment, which never reaches a server.
  const [fragment, setFragment] = createSignal(window.location.hash);
  const onHashChange = () => setFragment(window.location.hash);
  window.addEventListener('hashchange', onHashChange);
  onCleanup(() => window.removeEventListener('hashchange', onHashChange));
  // Expiry, badge and reminder on open, on return to the foreground, and each minute; loaded
  // after the first paint, like the rest of the messages and the service worker's registration.
  const housekeeping = () => void import('./features/contacts/housekeeping').then((m) => m.runHousekeeping()).catch(() => undefined);
  const visible = usePageVisibility();
  const [afterFirstPaint, setAfterFirstPaint] = createSignal(false);
  const owner = getOwner();
  createEffect(() => {
    if (!firstScreenShown()) return;
    const start = whenIdle(() =>
      runWithOwner(owner, () => {
        setAfterFirstPaint(true);
        void loadMessages('screens').catch(() => undefined);
        createEffect(() => visible() && housekeeping());
        // Contacts in memory, and their screen's code, before anyone taps Contacts: the tap then
        // shows the list at once. Not for a stranger looking at a shared card.
        if (!isSharedCardFragment(fragment())) warmUpContacts();
      }),
    );
    const timer = setInterval(housekeeping, 60_000);
    onCleanup(() => {
      start();
      clearInterval(timer);
    });
  });
  // The service worker's registration and the update prompt, once the first screen is up.
  // Not for a stranger who only looks at a shared card: installing would download the whole app
  // over a venue's network for someone who may never open it. Opening Meishi installs it.
  const [updatePrompt] = createResource(
    () => afterFirstPaint() && !isSharedCardFragment(fragment()),
    () => import('./pwa/update-prompt').then((m) => m.UpdatePrompt).catch(() => undefined),
  );
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
        <Show when={updatePrompt()}>{(Prompt) => <Dynamic component={Prompt()} />}</Show>
        <Toasts />
      </div>
    </div>
  );
}

// Reads every contact into the store (a page at a time, see listContacts) and fetches the
// Contacts screen's code, both from this device.
function warmUpContacts(): void {
  void import('./features/contacts/contacts-store').then((m) => m.loadContacts()).catch(() => undefined);
  void import('./features/contacts/contacts-screen').catch(() => undefined);
}

// Runs `work` once the page is idle after its first screen (or after 2 s at the latest);
// returns a function that cancels it.
function whenIdle(work: () => void): () => void {
  if ('requestIdleCallback' in window) {
    const id = requestIdleCallback(work, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(work, 500);
  return () => clearTimeout(id);
}

// Tells the user when another tab holds the database at another version.
function DbNoticeBanner(): JSX.Element {
  return (
    <Show when={dbNotice()}>
      {(n) => (
        <div class="alert banner" role="alert">
          <p>{n() === 'blocked' ? t('db.blocked') : t('db.versionChange')}</p>
          <button type="button" class="button" onClick={() => window.location.reload()}>
            {t('update.reload')}
          </button>
        </div>
      )}
    </Show>
  );
}
