import { createResource, Show, type JSX } from 'solid-js';
import { useNavigate, useParams, useSearchParams } from '@solidjs/router';
import { t } from '../../i18n/i18n';
import { Screen } from '../../ui/screen';
import { BackLink } from '../../ui/back-link';
import { reportStorageError } from '../../ui/storage-errors';
import { showToast } from '../../ui/toast-store';
import { makeEmptyCard, type CardFields, type MyCard } from '../../domain/types';
import { CardEditor } from './card-editor';
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

  const save = async (fields: CardFields, label: string) => {
    try {
      const card = editing();
      if (card) await updateMyCard(card.id, fields, label);
      else await createMyCard(fields, label);
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
            onSubmit={save}
            onCancel={() => navigate('/')}
          />
        </Show>
      </Show>
    </Screen>
  );
}
