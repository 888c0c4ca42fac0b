import { createMemo, createResource, For, Show, type JSX } from 'solid-js';
import { A, useNavigate, useParams } from '../../ui/router';
import { DATE_MAX, DATE_MIN } from '../../domain/caps';
import { validateEvent, type EventDetails } from '../../domain/events/event-validation';
import type { MeishiEvent } from '../../domain/types';
import { t } from '../../i18n/i18n';
import { createAutosave } from '../../ui/autosave';
import { BackLink } from '../../ui/back-link';
import { Icon } from '../../ui/icons';
import { SaveStatus } from '../../ui/save-status';
import { Screen } from '../../ui/screen';
import { reportStorageError } from '../../ui/storage-errors';
import { TextField } from '../../ui/text-field';
import { showToast } from '../../ui/toast-store';
import { fieldErrorText } from '../my-card/field-error-text';
import { exportContactsVcf } from '../contacts/export-vcf';
import { vcardFileName } from '../../domain/vcard/vcard-write';
import { EventSigns, VerdictPicker } from './event-signs';
import { currentEventId, editEvent, eventById, eventsState, loadEvents, removeEvent, restoreEvent, setCurrentEvent } from './events-store';
import { loadContacts, peopleAt } from '../contacts/contacts-store';
import { createStore } from 'solid-js/store';

/** One event: details, the signs checklist, a verdict, and the people met there. */
export function EventScreen(): JSX.Element {
  const params = useParams<{ id: string }>();
  const [loaded] = createResource(() => loadEvents().then(() => true));
  const event = () => eventById(params.id);
  return (
    <Show
      when={loaded() && event()}
      fallback={
        <Show when={loaded()}>
          <Screen title={t('events.notFound')} back={<BackLink href="/events" label={t('nav.events')} />}>
            <p>{t('events.notFoundBody')}</p>
          </Screen>
        </Show>
      }
    >
      {(e) => <EventEditor event={e()} />}
    </Show>
  );
}

function EventEditor(props: { event: MeishiEvent }): JSX.Element {
  const navigate = useNavigate();
  // The form edits a copy; each change is validated and saved shortly after.
  const [draft, setDraft] = createStore<EventDetails>({
    name: props.event.name,
    date: props.event.date,
    place: props.event.place,
    organizer: props.event.organizer,
    organizerUrl: props.event.organizerUrl,
    notes: props.event.notes,
  });
  const check = createMemo(() => validateEvent({ ...draft }));
  const autosave = createAutosave<Partial<MeishiEvent>>(async (changes) => {
    if (eventById(props.event.id)) await editEvent(props.event.id, changes);
  }, 400, (earlier, later) => ({ ...earlier, ...later }));
  const edit = (key: keyof EventDetails, value: string) => {
    setDraft(key, value);
    if (check().ok) autosave.schedule({ ...check().value });
  };
  const saveNow = (changes: Partial<MeishiEvent>) => {
    autosave.schedule(changes);
    void autosave.flush();
  };
  createResource(() => loadContacts().then(() => true));
  const contacts = () => peopleAt(props.event.id);
  const errorFor = (key: keyof EventDetails) => {
    const error = check().errors[key];
    return error ? fieldErrorText(key === 'organizerUrl' ? 'website' : 'name', error) : undefined;
  };

  const remove = async () => {
    try {
      const wasCurrent = currentEventId() === props.event.id;
      const removed = await removeEvent(props.event.id);
      if (!removed) return;
      // Undo puts it back as it was: current again, unless another event has been made current since.
      const undo = async () => {
        await restoreEvent(removed);
        if (wasCurrent && currentEventId() === null) await setCurrentEvent(removed.id);
      };
      navigate('/events');
      showToast({ message: t('events.deleted', { name: removed.name }), action: { label: t('common.undo'), run: () => void undo().catch(reportStorageError) } }, 10_000);
    } catch (error) {
      reportStorageError(error);
    }
  };

  return (
    <Screen title={props.event.name} back={<BackLink href="/events" label={t('nav.events')} />}>
      <label class="checkbox panel">
        <input
          type="checkbox"
          checked={currentEventId() === props.event.id}
          onChange={(e) => void setCurrentEvent(e.currentTarget.checked ? props.event.id : null).catch(reportStorageError)}
        />
        <span>{t('events.isCurrent')}</span>
      </label>

      <section class="panel" aria-labelledby="event-people">
        <h2 id="event-people">{t('events.people', { n: String(contacts()?.length ?? 0) })}</h2>
        <Show when={(contacts()?.length ?? 0) > 0} fallback={<p class="muted">{t('events.noPeople')}</p>}>
          <ul class="plain-list">
            <For each={contacts()}>
              {(c) => (
                <li>
                  <A href={`/contacts/${c.id}`}>{c.card.name || c.card.email || t('contacts.unnamed')}</A>
                </li>
              )}
            </For>
          </ul>
          <div class="button-row">
            <A class="button primary" href={`/events/${props.event.id}/review`}>
              {t('review.start')}
            </A>
            <button
              type="button"
              class="button"
              onClick={() => void exportContactsVcf(contacts() ?? [], new Map(eventsState.events.map((e) => [e.id, e])), vcardFileName(props.event.name)).catch(reportStorageError)}
            >
              <Icon name="download" />
              {t('export.event')}
            </button>
          </div>
        </Show>
      </section>

      <section class="panel" aria-labelledby="event-details">
        <h2 id="event-details">{t('events.details')}</h2>
        <TextField id="event-name" label={t('events.name')} value={draft.name} onInput={(v) => edit('name', v)} required error={errorFor('name')} />
        <div class="field">
          <label for="event-date">{t('events.date')}</label>
          <input id="event-date" type="date" min={DATE_MIN} max={DATE_MAX} value={draft.date} onInput={(e) => edit('date', e.currentTarget.value)} />
        </div>
        <TextField id="event-place" label={t('events.place')} value={draft.place} onInput={(v) => edit('place', v)} error={errorFor('place')} />
        <TextField id="event-organizer" label={t('events.organizer')} value={draft.organizer} onInput={(v) => edit('organizer', v)} error={errorFor('organizer')} />
        <TextField
          id="event-organizer-url"
          label={t('events.organizerUrl')}
          type="url"
          value={draft.organizerUrl}
          onInput={(v) => edit('organizerUrl', v)}
          error={errorFor('organizerUrl')}
          hint={t('card.websiteHint')}
        />
        <div class="field">
          <label for="event-notes">{t('events.notes')}</label>
          <textarea id="event-notes" value={draft.notes} onInput={(e) => edit('notes', e.currentTarget.value)} />
        </div>
        <SaveStatus state={autosave.state()} />
      </section>

      <section class="panel" aria-labelledby="event-judge">
        <h2 id="event-judge">{t('events.judge')}</h2>
        <p class="muted">{t('events.judgeHint')}</p>
        <EventSigns signs={eventById(props.event.id)?.signs ?? []} onChange={(signs) => saveNow({ signs })} />
        <VerdictPicker verdict={eventById(props.event.id)?.verdict ?? null} onChange={(verdict) => saveNow({ verdict })} />
      </section>

      <div class="button-row">
        <button type="button" class="button danger" onClick={() => void remove()}>
          <Icon name="trash" />
          {t('events.delete')}
        </button>
      </div>
    </Screen>
  );
}
