import { createComponent, createEffect, createResource, createRoot, createSignal, ErrorBoundary, on, onCleanup, Show, untrack, type Component, type JSX } from 'solid-js';
import { A, useLocation } from './router';
import { t } from '../i18n/i18n';
import { Screen } from './screen';

const [shown, setShown] = createRoot(() => createSignal(false));

/** Whether the first screen has been drawn (what can wait until then: the service worker, housekeeping). */
export const firstScreenShown = shown;

/** A screen's code could not be fetched: the app was never fully downloaded, and it is offline. */
export class ScreenNotDownloaded extends Error {
  override readonly name = 'ScreenNotDownloaded';
}

/**
 * A screen loaded on first use, as its own chunk. Unlike Solid's `lazy`, a failed load is not
 * remembered: the next render (after "Try again", or coming back online) fetches it again.
 */
export function lazyScreen<P extends object>(load: () => Promise<Component<P>>): LazyScreen<P> {
  let loading: Promise<Component<P>> | undefined;
  // Started early where the address is known at start-up (`preload`), or on first render.
  const fetchScreen = () => {
    loading ??= load().catch((error) => {
      loading = undefined;
      throw new ScreenNotDownloaded('screen chunk', { cause: error });
    });
    return loading;
  };
  const screen = (props: P) => {
    const [component] = createResource(fetchScreen);
    createEffect(() => component() && setShown(true));
    return <Show when={component()}>{(ready) => untrack(() => createComponent(ready(), props))}</Show>;
  };
  return Object.assign(screen, { preload: () => void fetchScreen().catch(() => undefined) });
}

/** A screen loaded on first use, that can also be asked to start loading early. */
export type LazyScreen<P extends object> = Component<P> & { preload: () => void };

/**
 * Around every screen: whatever goes wrong in one (bad data, a chunk that is not there) shows
 * a message and a way out instead of a blank page; going to another address starts afresh.
 */
export function ScreenBoundary(props: { children: JSX.Element }): JSX.Element {
  return (
    <ErrorBoundary
      fallback={(error: unknown, reset) => {
        console.error(error);
        return <ScreenProblem notDownloaded={error instanceof ScreenNotDownloaded} retry={reset} />;
      }}
    >
      {props.children}
    </ErrorBoundary>
  );
}

function ScreenProblem(props: { notDownloaded: boolean; retry: () => void }): JSX.Element {
  const location = useLocation();
  createEffect(on(() => location.pathname, () => props.retry(), { defer: true }));
  // A screen that was not downloaded is fetched again as soon as the phone is back online.
  const onOnline = () => props.notDownloaded && props.retry();
  window.addEventListener('online', onOnline);
  onCleanup(() => window.removeEventListener('online', onOnline));
  return (
    <Screen title={props.notDownloaded ? t('screenError.notDownloadedTitle') : t('screenError.title')}>
      <p role="alert">{props.notDownloaded ? t('screenError.notDownloaded') : t('screenError.body')}</p>
      <div class="button-row">
        <button type="button" class="button primary" onClick={() => props.retry()}>
          {t('screenError.retry')}
        </button>
        <A class="button" href="/">
          {t('notFound.home')}
        </A>
      </div>
    </Screen>
  );
}
