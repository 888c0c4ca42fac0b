import { createSignal, onCleanup, onMount, Show, type JSX } from 'solid-js';
import { formatMegabytes } from '../../i18n/format';
import { t } from '../../i18n/i18n';
import { showToast } from '../../ui/toast-store';
import { canKeepReader, downloadReader, ReaderDownloadError, readerState, removeReader, type DownloadProblem, type ReaderState } from './reader-files';

/** Whether the browser says it is online, kept up to date. */
function createOnline(): () => boolean {
  const [online, setOnline] = createSignal(navigator.onLine !== false);
  const update = () => setOnline(navigator.onLine !== false);
  window.addEventListener('online', update);
  window.addEventListener('offline', update);
  onCleanup(() => {
    window.removeEventListener('online', update);
    window.removeEventListener('offline', update);
  });
  return online;
}

/**
 * The card reader's state and the one place to get it: the offer to download it (with its real
 * size and a progress bar), what stops it (offline, storage full), and in Settings its size and
 * a button to remove it. `onChange` hears whether it is downloaded, once known and after each change.
 */
export function ReaderPanel(props: { inSettings?: boolean; onChange?: (downloaded: boolean) => void }): JSX.Element {
  const online = createOnline();
  // A plain signal, not a resource: the panel fills in when it knows, without suspending the
  // screen (a resource read during the router's transition was never shown).
  const [state, setState] = createSignal<ReaderState | null>(null);
  const refresh = async () => {
    const s = await readerState();
    setState(s);
    // Where nothing can be kept, the reader still reads online, fetching its files each time.
    props.onChange?.(s.downloaded || !canKeepReader());
  };
  onMount(() => void refresh());
  const [progress, setProgress] = createSignal<{ done: number; total: number } | null>(null);
  const [problem, setProblem] = createSignal<DownloadProblem | null>(null);
  const abort = new AbortController();
  onCleanup(() => abort.abort());

  const download = async () => {
    setProblem(null);
    setProgress({ done: 0, total: state()?.bytes ?? 0 });
    try {
      await downloadReader((done, total) => setProgress({ done, total }), abort.signal);
      setState({ downloaded: true, bytes: state()?.bytes ?? 0 });
      props.onChange?.(true);
    } catch (error) {
      if (!abort.signal.aborted) setProblem(error instanceof ReaderDownloadError ? error.problem : 'failed');
    } finally {
      setProgress(null);
    }
  };

  const remove = async () => {
    await removeReader();
    await refresh();
    showToast({ message: t('reader.removed') });
  };

  const size = () => formatMegabytes(state()?.bytes ?? 0);
  return (
    <Show when={state() && (props.inSettings || !state()!.downloaded) && state()}>
      {(s) => (
        <div class="reader-panel" classList={{ panel: !props.inSettings }}>
          <Show when={props.inSettings}>
            <h3>{t('reader.title')}</h3>
            <p>{s().downloaded ? t('reader.downloaded', { size: size() }) : t('reader.notDownloaded', { size: size() })}</p>
          </Show>
          <Show when={!canKeepReader()}>
            <p class="muted">{t('reader.unsupported')}</p>
          </Show>
          <Show when={!s().downloaded && canKeepReader()}>
            <Show
              when={progress()}
              fallback={
                <Show when={online()} fallback={<p class="alert info">{t('reader.offline', { size: size() })}</p>}>
                  <Show when={!props.inSettings}>
                    <p>{t('reader.offer', { size: size() })}</p>
                  </Show>
                  <div class="button-row">
                    <button type="button" class="button primary" onClick={() => void download()}>
                      {t('reader.download')}
                    </button>
                  </div>
                </Show>
              }
            >
              {(p) => (
                <>
                  <progress aria-label={t('reader.progress')} max={p().total || 1} value={p().done} />
                  <p class="muted" role="status">
                    {t('reader.downloading', { done: formatMegabytes(p().done), size: formatMegabytes(p().total) })}
                  </p>
                </>
              )}
            </Show>
            <Show when={problem()}>
              {(kind) => (
                <p class="alert" role="alert">
                  {t(`reader.problem.${kind()}`)}
                </p>
              )}
            </Show>
          </Show>
          <Show when={props.inSettings && s().downloaded}>
            <div class="button-row">
              <button type="button" class="button" onClick={() => void remove()}>
                {t('reader.remove')}
              </button>
            </div>
          </Show>
        </div>
      )}
    </Show>
  );
}
