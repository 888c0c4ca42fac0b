import { createResource, createSignal, Match, Show, Switch, untrack, type JSX } from 'solid-js';
import { useNavigate, useParams } from '../../ui/router';
import { cleanNotes } from '../../domain/card/clean-text';
import { NOTE_CAP } from '../../domain/caps';
import type { Contact, MeishiEvent } from '../../domain/types';
import { t } from '../../i18n/i18n';
import { createContactAutosave } from '../contacts/contact-autosave';
import { BackLink } from '../../ui/back-link';
import { SaveStatus } from '../../ui/save-status';
import { Screen } from '../../ui/screen';
import { reportStorageError } from '../../ui/storage-errors';
import { showToast } from '../../ui/toast-store';
import { CardPreview } from '../../ui/card-preview';
import { contactById, loadContacts, peopleAt } from '../contacts/contacts-store';
import { FlagEditor } from '../contacts/flag-editor';
import { FollowUpEditor, reopenedDone } from '../contacts/follow-up-editor';
import { EventSigns, VerdictPicker } from '../events/event-signs';
import { editEvent, eventById, loadEvents } from '../events/events-store';

/** "Review this event": each person in turn (notes, flags, follow-up), then the event itself. Resumable. */
export function ReviewScreen(): JSX.Element {
  const params = useParams<{ id: string }>();
  const [ready] = createResource(() => Promise.all([loadContacts(), loadEvents()]).then(() => true));
  return (
    <Show when={ready() && eventById(params.id)} fallback={<Show when={ready()}><Screen title={t('events.notFound')} back={<BackLink href="/events" label={t('nav.events')} />}><p>{t('events.notFoundBody')}</p></Screen></Show>}>
      {(event) => <Review event={event()} />}
    </Show>
  );
}

function Review(props: { event: MeishiEvent }): JSX.Element {
  const navigate = useNavigate();
  // The order is fixed when the review opens, so editing someone cannot reshuffle the steps.
  const ids = untrack(() => peopleAt(props.event.id).map((c) => c.id));
  const total = ids.length;
  // Resume where the person left off; a finished review starts again from the first person.
  const [step, setStep] = createSignal(props.event.reviewDone ? 0 : Math.min(Math.max(props.event.reviewIndex, 0), total));
  const goTo = async (index: number) => {
    if (!eventById(props.event.id)) return;
    try {
      await editEvent(props.event.id, { reviewIndex: index, reviewDone: false });
      setStep(index);
      window.scrollTo(0, 0);
    } catch (error) {
      reportStorageError(error);
    }
  };
  const finish = async () => {
    if (!eventById(props.event.id)) return;
    try {
      await editEvent(props.event.id, { reviewIndex: total, reviewDone: true });
      showToast({ message: t('review.finished') });
      navigate(`/events/${props.event.id}`);
    } catch (error) {
      reportStorageError(error);
    }
  };

  return (
    <Screen title={t('review.title', { event: props.event.name })} back={<BackLink href={`/events/${props.event.id}`} label={props.event.name} />}>
      <Switch>
        {/* Keyed by person, so each gets a fresh form (and its own autosave, flushed on leaving). */}
        <Match when={step() < total && contactById(ids[step()]!) ? ids[step()] : undefined} keyed>
          {(id) => (
            <PersonStep
              id={id}
              position={step() + 1}
              total={total}
              onPrevious={step() > 0 ? () => void goTo(step() - 1) : undefined}
              onNext={() => void goTo(step() + 1)}
            />
          )}
        </Match>
        <Match when={step() >= total}>
          <EventStep event={eventById(props.event.id) ?? props.event} onPrevious={total > 0 ? () => void goTo(total - 1) : undefined} onFinish={() => void finish()} />
        </Match>
        <Match when={true}>
          {/* Someone was deleted since: skip the gap. */}
          <button type="button" class="button primary" onClick={() => void goTo(step() + 1)}>
            {t('review.next')}
          </button>
        </Match>
      </Switch>
    </Screen>
  );
}

function PersonStep(props: { id: string; position: number; total: number; onPrevious?: () => void; onNext: () => void }): JSX.Element {
  const autosave = createContactAutosave(props.id);
  const change = autosave.change;
  // The last known version, so the step can still render while it goes away after a delete.
  let last = untrack(() => contactById(props.id)!);
  const current = (): Contact => (last = contactById(props.id) ?? last);
  // The textarea keeps what is typed; the stored notes are cleaned (trimmed), which must not
  // take a trailing space away while the person is still typing.
  const [notes, setNotes] = createSignal(untrack(() => current().notes));
  const move = async (to: (() => void) | undefined) => {
    await autosave.flush();
    to?.();
  };

  return (
    <article class="panel review-step" aria-labelledby="review-person">
      <p class="muted" id="review-progress">
        {t('review.progress', { n: String(props.position), total: String(props.total) })}
      </p>
      <progress max={props.total + 1} value={props.position} aria-labelledby="review-progress" />
      <h2 id="review-person" class="visually-hidden">
        {current().card.name || current().card.email}
      </h2>
      <CardPreview card={current().card} headingLevel={3} />
      <div class="field">
        <label for="review-notes">{t('contacts.notes')}</label>
        <textarea
          id="review-notes"
          maxLength={NOTE_CAP}
          value={notes()}
          placeholder={t('contacts.notesPlaceholder')}
          onInput={(e) => {
            setNotes(e.currentTarget.value);
            change({ notes: cleanNotes(e.currentTarget.value) });
          }}
        />
        <SaveStatus state={autosave.state()} />
      </div>
      <FlagEditor flags={current().flags} onChange={(flags) => change({ flags }, true)} />
      <FollowUpEditor
        idPrefix="review-follow-up"
        value={{ at: current().followUpAt, hasTime: current().followUpHasTime }}
        onChange={(v) => change({ followUpAt: v.at, followUpHasTime: v.hasTime, followUpDone: reopenedDone(current(), v.at) }, true)}
      />
      <div class="button-row">
        <Show when={props.onPrevious}>
          <button type="button" class="button" onClick={() => void move(props.onPrevious)}>
            {t('review.previous')}
          </button>
        </Show>
        <button type="button" class="button primary" onClick={() => void move(props.onNext)}>
          {t('review.next')}
        </button>
      </div>
    </article>
  );
}

function EventStep(props: { event: MeishiEvent; onPrevious?: () => void; onFinish: () => void }): JSX.Element {
  const save = (changes: Partial<MeishiEvent>) => {
    void editEvent(props.event.id, changes).catch(reportStorageError);
  };
  return (
    <article class="panel review-step" aria-labelledby="review-event">
      <h2 id="review-event">{t('review.eventStep')}</h2>
      <p class="muted">{t('events.judgeHint')}</p>
      <EventSigns signs={props.event.signs} onChange={(signs) => save({ signs })} />
      <VerdictPicker verdict={props.event.verdict} onChange={(verdict) => save({ verdict })} />
      <div class="button-row">
        <Show when={props.onPrevious}>
          <button type="button" class="button" onClick={() => props.onPrevious?.()}>
            {t('review.previous')}
          </button>
        </Show>
        <button type="button" class="button primary" onClick={() => props.onFinish()}>
          {t('review.finish')}
        </button>
      </div>
    </article>
  );
}
