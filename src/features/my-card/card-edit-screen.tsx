import { createResource, createSignal, Show, type JSX } from 'solid-js';
import { useNavigate, useParams, useSearchParams } from '../../ui/router';
import { t } from '../../i18n/i18n';
import { Screen } from '../../ui/screen';
import { BackLink } from '../../ui/back-link';
import { reportStorageError } from '../../ui/storage-errors';
import { showToast } from '../../ui/toast-store';
import { makeEmptyCard, type CardFields, type MyCard } from '../../domain/types';
import { plusSupport } from '../../domain/mail/plus-address';
import { CardEditor } from './card-editor';
import { PerEventAddressOption } from './per-event-address';
import { createMyCard, loadMyCards, myCards, updateMyCard } from './my-card-store';

function fieldsOf(card: MyCard): CardFields {
  const { name, reading, org, title, email, website, tagline } = card;
  return { name, reading, org, title, email, website, tagline };
}

/** Creates a card (blank or as a copy of another) or edits one. */
export function CardEditScreen(): JSX.Element {
  const params = useParams<{ id?: string }>();
  const [search] = useSearchParams<{ from?: string }>();
  const navigate = useNavigate();
  const [loaded] = createResource(() => loadMyCards().then(() => true));
  const editing = () => (params.id ? myCards.cards.find((c) => c.id === params.id) : undefined);
  const copyOf = () => (search.from ? myCards.cards.find((c) => c.id === search.from) : undefined);

  // The option as the person sets it here; until then, the card's own (or the copied card's).
  const [perEvent, setPerEvent] = createSignal<boolean | null>(null);
  const perEventAddress = () => perEvent() ?? editing()?.perEventAddress ?? copyOf()?.perEventAddress ?? false;

  const save = async (fields: CardFields, label: string) => {
    try {
      const card = editing();
      // Off when the address cannot take a tag, as the greyed-out box shows.
      const option = perEventAddress() && plusSupport(fields.email).ok;
      if (card) await updateMyCard(card.id, fields, label, option);
      else await createMyCard(fields, label, option);
      showToast({ message: t('myCard.saved') });
      navigate('/');
    } catch (error) {
      reportStorageError(error);
    }
  };

  return (
    <Screen title={params.id ? t('myCard.editTitle') : t('myCard.newTitle')} back={<BackLink href="/" label={t('nav.myCard')} />}>
      <Show when={loaded()}>
        <Show
          when={!params.id || editing()}
          fallback={<p class="alert" role="alert">{t('myCard.notFound')}</p>}
        >
          <CardEditor
            initial={editing() ? fieldsOf(editing()!) : copyOf() ? fieldsOf(copyOf()!) : makeEmptyCard()}
            initialLabel={editing()?.label ?? (copyOf() ? t('myCard.copyLabel', { label: copyOf()!.label }) : '')}
            submitLabel={t('common.save')}
            extra={(fields) => <PerEventAddressOption email={fields.email} checked={perEventAddress()} onChange={setPerEvent} />}
            onSubmit={save}
            onCancel={() => navigate('/')}
          />
        </Show>
      </Show>
    </Screen>
  );
}
