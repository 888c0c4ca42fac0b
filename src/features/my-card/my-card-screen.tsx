import { createResource, For, Match, Show, Switch, type JSX } from 'solid-js';
import { A, useNavigate } from '../../ui/router';
import { t } from '../../i18n/i18n';
import { Icon } from '../../ui/icons';
import { Screen } from '../../ui/screen';
import { reportStorageError } from '../../ui/storage-errors';
import { showToast } from '../../ui/toast-store';
import { makeEmptyCard, type MyCard } from '../../domain/types';
import { CardEditor } from './card-editor';
import { CardPreview } from '../../ui/card-preview';
import { chooseActiveCard, createMyCard, loadMyCards, myCards, removeMyCard, restoreMyCard } from './my-card-store';

/** My card: the user's cards, or — on first run — the editor for the first one. */
export function MyCardScreen(): JSX.Element {
  const [loaded] = createResource(() => loadMyCards().then(() => true));
  const navigate = useNavigate();

  return (
    <Screen
      title={t('nav.myCard')}
      actions={
        myCards.cards.length > 0 ? (
          <A class="button" href="/cards/new">
            <Icon name="plus" />
            {t('myCard.newCard')}
          </A>
        ) : undefined
      }
    >
      <Switch>
        <Match when={loaded.error}>
          <p class="alert" role="alert">{t('storageError.unavailable')}</p>
        </Match>
        <Match when={loaded() && myCards.cards.length === 0}>
          <div class="panel">
            <h2>{t('myCard.firstRunTitle')}</h2>
            <p>{t('myCard.firstRunBody')}</p>
            <CardEditor
              initial={makeEmptyCard()}
              initialLabel={t('card.defaultLabel')}
              submitLabel={t('common.save')}
              onSubmit={async (fields, label) => {
                try {
                  await createMyCard(fields, label);
                  showToast({ message: t('myCard.saved') });
                } catch (error) {
                  reportStorageError(error);
                }
              }}
            />
          </div>
        </Match>
        <Match when={loaded()}>
          <ul class="card-list">
            <For each={myCards.cards}>{(card) => <CardItem card={card} onShow={() => void chooseActiveCard(card.id).then(() => navigate('/show'))} />}</For>
          </ul>
        </Match>
      </Switch>
    </Screen>
  );
}

function CardItem(props: { card: MyCard; onShow: () => void }): JSX.Element {
  const remove = async () => {
    try {
      const removed = await removeMyCard(props.card.id);
      if (!removed) return;
      showToast({
        message: t('myCard.deleted', { label: removed.label }),
        action: { label: t('common.undo'), run: () => void restoreMyCard(removed).catch(reportStorageError) },
      }, 10_000);
    } catch (error) {
      reportStorageError(error);
    }
  };
  return (
    <li class="panel my-card" aria-label={props.card.label}>
      <p class="card-label">{props.card.label}</p>
      <CardPreview card={props.card} />
      <p class="card-email">{props.card.email}</p>
      <Show when={props.card.perEventAddress}>
        <p class="hint muted">{t('perEvent.isOn')}</p>
      </Show>
      <div class="button-row">
        <button type="button" class="button primary" onClick={() => props.onShow()}>
          <Icon name="qr" />
          {t('myCard.show')}
        </button>
        <A class="button" href={`/cards/${props.card.id}`} aria-label={t('myCard.editNamed', { label: props.card.label })}>
          <Icon name="edit" />
          {t('common.edit')}
        </A>
        <A class="button" href={`/cards/new?from=${props.card.id}`} aria-label={t('myCard.duplicateNamed', { label: props.card.label })}>
          <Icon name="copy" />
          {t('myCard.duplicate')}
        </A>
        <button type="button" class="button danger" onClick={() => void remove()} aria-label={t('myCard.deleteNamed', { label: props.card.label })}>
          <Icon name="trash" />
          {t('common.delete')}
        </button>
      </div>
    </li>
  );
}
