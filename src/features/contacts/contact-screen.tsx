import { createEffect, createMemo, createResource, createSignal, For, Show, type JSX } from 'solid-js';
import { A, useNavigate, useParams } from '../../ui/router';
import { cleanNotes, parseTagsText } from '../../domain/card/clean-text';
import { NOTE_CAP } from '../../domain/caps';
import { expiryStatus } from '../../domain/contacts/expiry';
import type { CardFields, NameParts } from '../../domain/types';
import { vcardFileName } from '../../domain/vcard/vcard-write';
import { formatDateTime } from '../../i18n/format';
import { formatRemaining } from '../../i18n/duration';
import { t } from '../../i18n/i18n';
import { createContactAutosave } from './contact-autosave';
import { BackLink } from '../../ui/back-link';
import { createNow } from '../../ui/clock';
import { downloadText } from '../../ui/download';
import { Icon } from '../../ui/icons';
import { SaveStatus } from '../../ui/save-status';
import { Screen } from '../../ui/screen';
import { reportStorageError } from '../../ui/storage-errors';
import { showToast } from '../../ui/toast-store';
import { CardEditor } from '../my-card/card-editor';
import { CardDetails } from '../../ui/card-details';
import { CardPreview } from '../../ui/card-preview';
import { activeCard, loadMyCards } from '../my-card/my-card-store';
import { eventsState, loadEvents } from '../events/events-store';
import { formatEventDate } from '../events/event-date';
import { followUpIcs, followUpMailto } from './contact-actions';
import { contactById, expireDueCards, loadContacts, removeContact, restoreContact } from './contacts-store';
import { CardDifferences, CardHistory } from './card-differences';
import { PaperCardSection } from './paper-card-section';
import { FlagEditor } from './flag-editor';
import { FollowUpEditor, reopenedDone } from './follow-up-editor';
import { loadSettings, settings, updateSetting } from '../settings/settings-store';
import { exportContactsVcf } from './export-vcf';
import { createNamePartsEditor, type NamePartsEditor } from './name-parts-fields';

/** One person: their card, meetings, notes, flags, follow-up and actions. */
export function ContactScreen(): JSX.Element {
  const params = useParams<{ id: string }>();
  const [ready] = createResource(() => Promise.all([loadContacts(), loadEvents(), loadMyCards(), loadSettings()]).then(() => true));
  return (
    <Show
      when={ready() && contactById(params.id)}
      keyed={false}
      fallback={
        <Show when={ready()}>
          <Screen title={t('contacts.notFound')} back={<BackLink href="/contacts" label={t('nav.contacts')} />}>
            <p>{t('contacts.notFoundBody')}</p>
          </Screen>
        </Show>
      }
    >
      <ContactDetail id={params.id} />
    </Show>
  );
}

function ContactDetail(props: { id: string }): JSX.Element {
  const navigate = useNavigate();
  const now = createNow(1000);
  const contact = () => contactById(props.id)!;
  const events = createMemo(() => new Map(eventsState.events.map((e) => [e.id, e])));
  const [editing, setEditing] = createSignal(false);
  const [notes, setNotes] = createSignal(contact().notes);
  const [tags, setTags] = createSignal(contact().tags.join(', '));

  // Every edit goes through here: the latest stored contact plus the change.
  const autosave = createContactAutosave(props.id, () => showToast({ message: t('contacts.deletedElsewhere'), tone: 'error' }));
  const change = autosave.change;
  // Another tab (or the review) changed the notes or tags: show them, unless this person is
  // typing here right now (what they type wins, and is written on top).
  createEffect(() => {
    const latest = contact();
    if (autosave.state() === 'pending' || autosave.state() === 'saving') return;
    if (document.activeElement?.id !== 'notes' && cleanNotes(notes()) !== latest.notes) setNotes(latest.notes);
    if (document.activeElement?.id !== 'tags' && !sameTags(tags(), latest.tags)) setTags(latest.tags.join(', '));
  });

  const expiry = () => expiryStatus(contact(), now());
  // The moment a card runs out while its page is open, its details go (not at the next sweep).
  let expiring = false;
  createEffect(() => {
    if (expiry()?.kind !== 'expired' || contact().expiredAt !== null || expiring) return;
    expiring = true;
    void expireDueCards(now())
      .catch(() => undefined)
      .finally(() => (expiring = false));
  });
  const mailto = () => (contact().card.email ? followUpMailto(contact(), events(), activeCard(), settings.emailTemplate) : null);

  const remove = async () => {
    await autosave.flush();
    try {
      const removed = await removeContact(props.id);
      if (!removed) return;
      navigate('/contacts');
      showToast({ message: t('contacts.deleted', { name: removed.contact.card.name || removed.contact.card.email }), action: { label: t('common.undo'), run: () => void restoreContact(removed).catch(reportStorageError) } }, 10_000);
    } catch (error) {
      reportStorageError(error);
    }
  };

  const saveCard = async (card: CardFields, nameParts: NameParts | null) => {
    try {
      await autosave.flush();
      change({ card, nameParts }, true);
      await autosave.flush();
      setEditing(false);
    } catch (error) {
      reportStorageError(error);
    }
  };

  let nameParts: NamePartsEditor | undefined;

  return (
    <Screen title={contact().card.name || contact().card.email || t('contacts.unnamed')} back={<BackLink href="/contacts" label={t('nav.contacts')} />}>
      <Show when={expiry()}>
        {(e) => (
          <div class="alert info" role="note">
            <Show when={e().kind === 'expires'}>
              <p>
                <strong>{t('expiry.expiresIn', { time: formatRemaining((e() as { at: number }).at - now()) })}</strong>
              </p>
            </Show>
            <Show when={e().kind === 'expired'}>
              <p>
                <strong>{t('expiry.expired')}</strong>
              </p>
            </Show>
            <Show when={e().kind === 'kept'}>
              <p>{t('expiry.kept')}</p>
            </Show>
            <Show when={settings.loaded && !settings.expiryExplained && e().kind !== 'kept'}>
              <p>{t('expiry.explain')}</p>
              <button type="button" class="button" onClick={() => void updateSetting('expiryExplained', true).catch(reportStorageError)}>
                {t('expiry.gotIt')}
              </button>
            </Show>
          </div>
        )}
      </Show>

      <section class="panel" aria-labelledby="contact-card">
        <h2 id="contact-card" class="visually-hidden">
          {t('contacts.card')}
        </h2>
        <Show
          when={!editing()}
          fallback={
            <CardEditor
              initial={{ ...contact().card }}
              initialLabel=""
              hideLabel
              emailOptional
              afterReading={(typed) => {
                // The name's parts right under the name and reading they are made from.
                nameParts = createNamePartsEditor(contact().nameParts, typed.name, typed.reading);
                return nameParts.view();
              }}
              submitLabel={t('common.save')}
              onSubmit={(fields) => saveCard(fields, nameParts ? nameParts.value() : contact().nameParts)}
              onCancel={() => setEditing(false)}
            />
          }
        >
          <CardPreview card={contact().card} />
          <CardDetails card={contact().card} extraEmails={contact().extraEmails} />
          <div class="button-row">
            <Show when={mailto()}>
              {(href) => (
                <a class="button primary" href={href()}>
                  <Icon name="mail" />
                  {t('contacts.email')}
                </a>
              )}
            </Show>
            <button type="button" class="button" onClick={() => setEditing(true)}>
              <Icon name="edit" />
              {t('contacts.editCard')}
            </button>
          </div>
          <CardDifferences contact={contact()} />
          <CardHistory contact={contact()} />
        </Show>
      </section>

      <PaperCardSection contact={contact()} />

      <section class="panel" aria-labelledby="contact-notes">
        <h2 id="contact-notes">{t('contacts.notes')}</h2>
        <label class="visually-hidden" for="notes">
          {t('contacts.notes')}
        </label>
        <textarea
          id="notes"
          value={notes()}
          maxLength={NOTE_CAP}
          placeholder={t('contacts.notesPlaceholder')}
          onInput={(e) => {
            setNotes(e.currentTarget.value);
            change({ notes: cleanNotes(e.currentTarget.value) });
          }}
        />
        <SaveStatus state={autosave.state()} />
        <FlagEditor flags={contact().flags} onChange={(flags) => change({ flags }, true)} />
        <div class="field">
          <label for="tags">{t('contacts.tags')}</label>
          <input
            id="tags"
            type="text"
            value={tags()}
            placeholder={t('contacts.tagsPlaceholder')}
            onInput={(e) => {
              const before = parseTagsText(tags());
              setTags(e.currentTarget.value);
              change({ tags: parseTagsText(e.currentTarget.value) }, false, { tags: before });
            }}
          />
        </div>
      </section>

      <section class="panel" aria-labelledby="contact-follow-up">
        <h2 id="contact-follow-up">{t('followUp.section')}</h2>
        <FollowUpEditor
          idPrefix="follow-up"
          value={{ at: contact().followUpAt, hasTime: contact().followUpHasTime }}
          onChange={(v) => change({ followUpAt: v.at, followUpHasTime: v.hasTime, followUpDone: reopenedDone(contact(), v.at) }, true)}
        />
        <label class="checkbox">
          <input type="checkbox" checked={contact().followUpDone} onChange={(e) => change({ followUpDone: e.currentTarget.checked }, true)} />
          <span>{t('followUp.done')}</span>
        </label>
        <div class="button-row">
          <button
            type="button"
            class="button"
            disabled={contact().followUpAt === null || contact().followUpDone}
            onClick={() => downloadText(followUpIcs([contact()], events()), vcardFileName(contact().card.name || 'follow-up').replace(/\.vcf$/, '.ics'), 'text/calendar;charset=utf-8')}
          >
            <Icon name="calendar" />
            {t('followUp.addToCalendar')}
          </button>
        </div>
      </section>

      <section class="panel" aria-labelledby="contact-meetings">
        <h2 id="contact-meetings">{t('contacts.meetings')}</h2>
        <ul class="plain-list">
          <For each={[...contact().meetings].sort((a, b) => b.at - a.at)}>
            {(m) => (
              <li>
                {formatDateTime(m.at)}
                <Show when={m.eventId ? events().get(m.eventId) : undefined}>
                  {(e) => (
                    <>
                      {' · '}
                      <A href={`/events/${e().id}`}>{e().name}</A> <span class="muted">({formatEventDate(e().date)})</span>
                    </>
                  )}
                </Show>
                <span class="muted"> · {t(`scan.source.${m.source}`)}</span>
              </li>
            )}
          </For>
        </ul>
      </section>

      <div class="button-row">
        <button type="button" class="button" onClick={() => exportContactsVcf([contact()], events(), vcardFileName(contact().card.name || contact().card.email))}>
          <Icon name="download" />
          {t('contacts.exportVcard')}
        </button>
        <button type="button" class="button danger" onClick={() => void remove()}>
          <Icon name="trash" />
          {t('contacts.delete')}
        </button>
      </div>
    </Screen>
  );
}

function sameTags(text: string, tags: string[]): boolean {
  return parseTagsText(text).join('\n') === tags.join('\n');
}
