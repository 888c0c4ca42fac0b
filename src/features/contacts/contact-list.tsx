import { createComputed, createMemo, createSignal, Index, onCleanup, onMount, Show, untrack, type JSX } from 'solid-js';
import { A } from '../../ui/router';
import { createWindowVirtualizer, type VirtualItem } from '@tanstack/solid-virtual';
import { formatEventDate } from '../events/event-date';
import { t } from '../../i18n/i18n';
import { ContactBadge } from './contact-badge';
import type { ContactRow } from './contact-rows';

const HEADER_HEIGHT = 44;
const ROW_HEIGHT = 76;

/** The contacts as a windowed list: only the rows on screen (plus a few) are in the DOM. */
export function ContactList(props: { rows: ContactRow[]; now: number; total: number }): JSX.Element {
  let list!: HTMLDivElement;
  // Where the list starts on the page, measured when the page around it changes size: reading
  // offsetTop whenever the virtualizer asks (each keystroke) would force a layout every time.
  const [top, setTop] = createSignal(0);
  onMount(() => {
    setTop(list.offsetTop);
    const observer = new ResizeObserver(() => setTop(list.offsetTop));
    observer.observe(list.parentElement ?? list);
    onCleanup(() => observer.disconnect());
  });
  // The rows as the virtualizer last counted them: it asks each row's size and key through this
  // plain array, not through the component's props (a reactive read each, 20,000 of them for a
  // search that finds 10,000 people). It counts the rows before it measures them.
  let counted: ContactRow[] = [];
  const virtualizer = createWindowVirtualizer({
    get count() {
      counted = props.rows;
      return counted.length;
    },
    estimateSize: (i) => (counted[i]?.kind === 'header' ? HEADER_HEIGHT : ROW_HEIGHT),
    getItemKey: (i) => counted[i]?.key ?? i,
    overscan: 4,
    get scrollMargin() {
      return top();
    },
  });

  // Slots for the rows on screen, by position, not by item: a keystroke that changes the rows
  // only changes the text of the rows already there (the virtualizer's items are new objects on
  // every change, so keying by them would build every visible row anew). A slot once made is
  // kept: a search that shows fewer people hides the slots it does not need, and clearing it
  // fills them again instead of building their rows anew.
  const items = () => virtualizer.getVirtualItems();
  const [slots, setSlots] = createSignal<number[]>([]);
  createComputed(() => {
    const wanted = items().length;
    if (wanted > untrack(slots).length) setSlots(Array.from({ length: wanted }, (_, i) => i));
  });

  return (
    <div ref={list} class="contact-list" role="list" aria-label={t('nav.contacts')} style={{ height: `${virtualizer.getTotalSize()}px` }}>
      <Index each={slots()}>
        {(_, position) => {
          const shown = () => position < items().length;
          // While hidden, a slot keeps what it showed last.
          const item = createMemo<VirtualItem | undefined>((last) => items()[position] ?? last);
          const row = createMemo<ContactRow | undefined>((last) => (shown() ? props.rows[item()!.index] : last));
          return (
            <div
              class="contact-list-item"
              role="listitem"
              hidden={!shown()}
              style={{ transform: `translateY(${(item()?.start ?? 0) - virtualizer.options.scrollMargin}px)`, height: `${item()?.size ?? 0}px` }}
            >
              <Show when={row()}>
                {(r) => (
                  <Show when={r().kind === 'contact' && (r() as Extract<ContactRow, { kind: 'contact' }>)} fallback={<GroupHeader row={r() as Extract<ContactRow, { kind: 'header' }>} />}>
                    {(c) => <ContactRowView row={c()} now={props.now} />}
                  </Show>
                )}
              </Show>
            </div>
          );
        }}
      </Index>
    </div>
  );
}

function GroupHeader(props: { row: Extract<ContactRow, { kind: 'header' }> }): JSX.Element {
  return (
    <h2 class="group-header">
      <span>{props.row.title}</span>
      <span class="muted">
        {[props.row.date ? formatEventDate(props.row.date) : '', t('events.peopleCount', { n: String(props.row.count) })].filter(Boolean).join(' · ')}
      </span>
    </h2>
  );
}

function ContactRowView(props: { row: Extract<ContactRow, { kind: 'contact' }>; now: number }): JSX.Element {
  const c = () => props.row.contact;
  return (
    <A class="contact-row" href={`/contacts/${c().id}`}>
      <span class="contact-row-main">
        <span class="contact-row-name">{c().card.name || c().card.email || t('contacts.unnamed')}</span>
        <Show when={c().card.reading}>
          <span class="contact-row-reading" lang="ja">
            {c().card.reading}
          </span>
        </Show>
      </span>
      <span class="contact-row-sub">
        <span class="contact-row-org">{[c().card.org, c().card.title].filter(Boolean).join(' · ')}</span>
        <ContactBadge contact={c()} now={props.now} />
      </span>
    </A>
  );
}
