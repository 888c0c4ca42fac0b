import { createEffect, createResource, createSignal, For, onCleanup, Show, untrack, type JSX } from 'solid-js';
import type { Contact } from '../../domain/types';
import { t } from '../../i18n/i18n';
import { Icon } from '../../ui/icons';
import cardPhotosCss from '../../ui/styles/card-photos.css?inline';
import { addScreenStyles } from '../../ui/screen-styles';
import { contactPhotos } from './contacts-store';

addScreenStyles(cardPhotosCss);

const SIDES = ['front', 'back'] as const;

/**
 * The paper card a contact was typed from: its photos (tap one to see it full screen, in a
 * dialog with a close button) and every line read from it, folded away. Only this page reads
 * the photos' bytes; the list never does.
 */
export function PaperCardSection(props: { contact: Contact }): JSX.Element {
  // Read again only when the photos change, not on every edit of the contact.
  const [urls] = createResource(
    () => props.contact.photoIds.join('\n') || false,
    async () => {
      const photos = await contactPhotos(untrack(() => props.contact));
      return photos.map((photo) => URL.createObjectURL(new Blob([photo.data], { type: photo.type })));
    },
  );
  createEffect(() => {
    const list = urls.state === 'ready' ? urls() : undefined;
    onCleanup(() => list?.forEach((url) => URL.revokeObjectURL(url)));
  });
  const [open, setOpen] = createSignal<number | null>(null);
  let dialog!: HTMLDialogElement;
  const show = (index: number) => {
    setOpen(index);
    dialog.showModal();
  };
  const side = (index: number) => SIDES[Math.min(index, 1)]!;

  return (
    <Show when={props.contact.photoIds.length > 0 || props.contact.paperText}>
      <section class="panel paper-card-section" aria-labelledby="contact-paper-card">
        <h2 id="contact-paper-card">{t('contactCard.title')}</h2>
        <Show when={urls.error}>
          <p class="alert" role="alert">
            {t('contactCard.photosUnavailable')}
          </p>
        </Show>
        <Show when={urls.state === 'ready' && urls()}>
          {(list) => (
            <ul class="card-photos">
              <For each={list()}>
                {(url, index) => (
                  <li>
                    <button type="button" class="photo-button" aria-label={t(`contactCard.enlarge.${side(index())}`)} onClick={() => show(index())}>
                      <img src={url} alt={t(`contactCard.photo.${side(index())}`)} />
                    </button>
                  </li>
                )}
              </For>
            </ul>
          )}
        </Show>
        <Show when={props.contact.paperText}>
          <details class="original">
            <summary>{t('contactCard.recognisedText')}</summary>
            {/* Read from a photo: shown as text only. */}
            <pre class="scanned-text">{props.contact.paperText}</pre>
          </details>
        </Show>
        <dialog ref={dialog} class="photo-dialog" aria-labelledby="photo-dialog-title" onClose={() => setOpen(null)}>
          <Show when={open() !== null && urls.state === 'ready' ? urls()?.[open()!] : undefined}>
            {(url) => (
              <>
                <div class="photo-dialog-bar">
                  <h2 id="photo-dialog-title">{t(`contactCard.photo.${side(open() ?? 0)}`)}</h2>
                  <button type="button" class="button" onClick={() => dialog.close()}>
                    <Icon name="close" />
                    {t('common.close')}
                  </button>
                </div>
                <img src={url()} alt={t(`contactCard.photo.${side(open() ?? 0)}`)} />
              </>
            )}
          </Show>
        </dialog>
      </section>
    </Show>
  );
}
