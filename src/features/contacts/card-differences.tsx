import { For, Show, type JSX } from 'solid-js';
import { cardDifferences } from '../../domain/contacts/receive-card';
import { makeContactPatch } from '../../domain/contacts/contact-patch';
import { shownWebsite } from '../../domain/card/website-label';
import type { CardFields, Contact } from '../../domain/types';
import { formatDateTime } from '../../i18n/format';
import { t } from '../../i18n/i18n';
import { CardPreview } from '../../ui/card-preview';
import { reportStorageError } from '../../ui/storage-errors';
import { editContact } from './contacts-store';

// A website as the address it really opens (lookalike hosts in punycode), like its link.
function shown(key: keyof CardFields, value: string): string {
  return key === 'website' ? shownWebsite(value) : value;
}

/**
 * A later card for someone already known says something different: each difference side by
 * side, with "Use the new one" per field and "Keep what I have" for all. Nothing changes until
 * the person chooses (a card with a known email may come from anyone).
 */
export function CardDifferences(props: { contact: Contact }): JSX.Element {
  const differences = () => cardDifferences(props.contact);
  const apply = (changes: Partial<CardFields>, settle: boolean) => {
    // The name's parts go with the name: taking the new name takes the parts its card came with.
    const parts = 'name' in changes ? { nameParts: differences()?.version.nameParts ?? null } : {};
    const patch = makeContactPatch(props.contact, { card: { ...props.contact.card, ...changes }, ...parts });
    void editContact(props.contact.id, { ...patch, settleReceived: settle }).catch(reportStorageError);
  };
  return (
    <Show when={differences()}>
      {(found) => (
        <div class="alert info card-differences" role="region" aria-label={t('differences.title')}>
          <p>
            <strong>{t('differences.title')}</strong>{' '}
            {t('differences.intro', { date: formatDateTime(found().version.at) })}
          </p>
          <dl>
            <For each={found().fields}>
              {(key) => (
                <div class="difference">
                  <dt>{t(`card.${key}`)}</dt>
                  <dd>
                    <span class="muted">{t('differences.kept')}</span> {shown(key, props.contact.card[key]) || t('differences.empty')}
                  </dd>
                  <dd>
                    <span class="muted">{t('differences.new')}</span> {shown(key, found().version.card[key])}
                  </dd>
                  <dd>
                    <button
                      type="button"
                      class="button"
                      aria-label={t('differences.useNewLabel', { field: t(`card.${key}`) })}
                      onClick={() => apply({ [key]: found().version.card[key] }, found().fields.length === 1)}
                    >
                      {t('differences.useNew')}
                    </button>
                  </dd>
                </div>
              )}
            </For>
          </dl>
          <div class="button-row">
            <button type="button" class="button primary" onClick={() => apply({}, true)}>
              {t('differences.keep')}
            </button>
          </div>
        </div>
      )}
    </Show>
  );
}

/**
 * The card as first received and every later one, newest first, once the card has changed or
 * another has come: a received card's website as the host its link really opens, as everywhere.
 */
export function CardHistory(props: { contact: Contact }): JSX.Element {
  const changed = () => JSON.stringify(props.contact.card) !== JSON.stringify(props.contact.original) || props.contact.received.length > 0;
  return (
    <Show when={changed()}>
      <details class="original">
        <summary>{props.contact.received.length > 0 ? t('differences.history') : t('contacts.original')}</summary>
        <CardPreview card={props.contact.original} headingLevel={3} />
        <p class="muted">{props.contact.original.email}</p>
        <For each={[...props.contact.received].reverse()}>
          {(version) => (
            <>
              <p class="muted">{t('differences.received', { date: formatDateTime(version.at) })}</p>
              <CardPreview card={version.card} headingLevel={3} />
              <p class="muted">{[version.card.email, shownWebsite(version.card.website)].filter(Boolean).join(' · ')}</p>
            </>
          )}
        </For>
      </details>
    </Show>
  );
}
