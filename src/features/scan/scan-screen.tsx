import { createEffect, createResource, createSignal, on, onCleanup, onMount, Show, type JSX } from 'solid-js';
import { usePageVisibility } from '@solid-primitives/page-visibility';
import { A } from '../../ui/router';
import { readScan, type ScanReading } from '../../domain/scan/read-scan';
import { t } from '../../i18n/i18n';
import { Icon } from '../../ui/icons';
import { Screen } from '../../ui/screen';
import { IosInstallHint } from '../../ui/ios-install-hint';
import { CurrentEventPicker } from '../events/current-event-picker';
import { loadEvents } from '../events/events-store';
import { loadContacts } from '../contacts/contacts-store';
import { settings } from '../settings/settings-store';
import { CameraError, MAX_IMAGE_BYTES, QrScanner, type CameraChoice, type CameraProblem } from './qr-scanner';
import { ScanResult } from './scan-result';

/** Scan: the camera (or an image) reads other people's cards, filed under the current event. */
export function ScanScreen(): JSX.Element {
  const scanner = new QrScanner('scanner-view', 'scanner-file-view');
  createResource(() => loadEvents().then(() => true));
  // Behind the camera: a card for someone already known shows what it says differently.
  createResource(() => loadContacts().then(() => true));
  const [reading, setReading] = createSignal<ScanReading | null>(null);
  const [problem, setProblem] = createSignal<CameraProblem | 'no-qr-in-image' | 'image-too-large' | null>(null);
  const [running, setRunning] = createSignal(false);
  const [cameras, setCameras] = createSignal<CameraChoice[]>([]);
  const [cameraId, setCameraId] = createSignal<string | null>(null);
  const [torch, setTorch] = createSignal<boolean | null>(null);
  let wanted = true; // the person wants the camera on (not after a result, not after Stop)

  const take = (text: string) => {
    if (reading()) return; // several frames decode the same code: the first one wins
    setReading(readScan(text, Date.now()));
    navigator.vibrate?.(60);
    wanted = false;
    void stop();
  };

  const start = async () => {
    setProblem(null);
    wanted = true;
    try {
      await scanner.start(cameraId(), take);
      setRunning(scanner.isRunning);
      setTorch(scanner.torchSupported() ? false : null);
      if (cameras().length === 0) setCameras(await scanner.cameras());
    } catch (error) {
      setRunning(false);
      setProblem(error instanceof CameraError ? error.problem : 'unknown');
    }
  };

  const stop = async () => {
    await scanner.stop().catch(() => undefined);
    setRunning(false);
    setTorch(null);
  };

  const next = () => {
    setReading(null);
    void start();
  };

  const switchCamera = async () => {
    const list = cameras();
    if (list.length < 2) return;
    const index = list.findIndex((c) => c.id === cameraId());
    setCameraId(list[(index + 1) % list.length]!.id);
    await stop();
    await start();
  };

  const scanImage = async (file: File | undefined) => {
    if (!file) return;
    setReading(null);
    if (file.size > MAX_IMAGE_BYTES) {
      setProblem('image-too-large');
      return;
    }
    wanted = false;
    const text = await scanner.scanImage(file);
    setRunning(false);
    if (text === null) setProblem('no-qr-in-image');
    else {
      setProblem(null);
      take(text);
    }
  };

  // The camera is released whenever the app is hidden, and comes back when it returns.
  const visible = usePageVisibility();
  createEffect(
    on(
      visible,
      (isVisible) => {
        if (!isVisible) void stop();
        else if (wanted && !reading()) void start();
      },
      { defer: true },
    ),
  );
  onMount(() => void start());
  onCleanup(() => {
    wanted = false;
    void scanner.dispose();
  });

  return (
    <Screen title={t('nav.scan')}>
      <IosInstallHint />
      <CurrentEventPicker />
      <Show when={reading()}>{(r) => <ScanResult reading={r()} autoSave={settings.autoSaveMeishi} onNext={next} />}</Show>
      <div class="scanner" classList={{ hidden: Boolean(reading()) }}>
        <div id="scanner-view" class="scanner-view" aria-label={t('scan.cameraView')} role="region" />
        <div id="scanner-file-view" hidden />
        <Show when={problem()}>
          {(p) => (
            <p class="alert" role="alert">
              {t(`scan.problem.${p()}`)}
            </p>
          )}
        </Show>
        <div class="button-row">
          <Show
            when={running()}
            fallback={
              <Show when={!reading()}>
                <button type="button" class="button primary" onClick={() => void start()}>
                  <Icon name="scan" />
                  {t('scan.startCamera')}
                </button>
              </Show>
            }
          >
            <button type="button" class="button" onClick={() => { wanted = false; void stop(); }}>
              {t('scan.stopCamera')}
            </button>
            <Show when={cameras().length > 1}>
              <button type="button" class="button" onClick={() => void switchCamera()}>
                {t('scan.switchCamera')}
              </button>
            </Show>
            <Show when={torch() !== null}>
              <button
                type="button"
                class="button"
                aria-pressed={torch() === true}
                onClick={() => {
                  const on = !torch();
                  void scanner.setTorch(on).then(() => setTorch(on)).catch(() => setTorch(null));
                }}
              >
                {t('scan.torch')}
              </button>
            </Show>
          </Show>
          <A class="button" href="/scan/paper">
            <Icon name="card" />
            {t('scan.paperCard')}
          </A>
          <label class="button file-button">
            <Icon name="image" />
            {t('scan.fromImage')}
            <input
              type="file"
              accept="image/*"
              class="visually-hidden"
              onChange={(e) => {
                void scanImage(e.currentTarget.files?.[0]);
                e.currentTarget.value = '';
              }}
            />
          </label>
        </div>
      </div>
    </Screen>
  );
}
