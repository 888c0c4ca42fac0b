import { createSignal, For, Show, type JSX } from 'solid-js';
import { createStore } from 'solid-js/store';
import { capLine, parseNamePartText } from '../../domain/card/clean-text';
import { guessNameParts, makeEmptyNameParts, partText } from '../../domain/card/person-name';
import { NAME_PART_CAP } from '../../domain/caps';
import type { NameParts } from '../../domain/types';
import { t } from '../../i18n/i18n';
import { TextField } from '../../ui/text-field';

type ListKey = 'family' | 'given' | 'middle' | 'prefix' | 'suffix';
type ReadingKey = 'familyReading' | 'givenReading' | 'middleReading';

// The parts every name has, then the ones most names leave empty (behind "More name parts").
const MAIN: (ListKey | ReadingKey)[] = ['family', 'given', 'familyReading', 'givenReading'];
const MORE: (ListKey | ReadingKey)[] = ['middle', 'middleReading', 'prefix', 'suffix'];
const LISTS: ReadonlySet<string> = new Set(['family', 'given', 'middle', 'prefix', 'suffix']);

/** The name-parts section of a contact's card editor, and what it holds now. */
export interface NamePartsEditor {
  /** The section, to place in the form. */
  view: () => JSX.Element;
  /** The parts as edited; null while they are still the guess (they then follow the name). */
  value: () => NameParts | null;
}

/**
 * The name's parts (how phones file it: family, given, middle, prefixes, suffixes and the
 * readings), for a contact. Parts the card gave are shown as they are. Without them the guess
 * from the name and reading is shown and follows them as they are typed, until a part is
 * corrected: from then on the parts are the person's own.
 */
export function createNamePartsEditor(initial: NameParts | null, name: () => string, reading: () => string): NamePartsEditor {
  const [own, setOwn] = createSignal(initial !== null);
  const [fields, setFields] = createStore(toFields(initial ?? makeEmptyNameParts()));
  const shown = (key: ListKey | ReadingKey): string => (own() ? fields[key] : toFields(guessNameParts(name(), reading()))[key]);
  const change = (key: ListKey | ReadingKey, text: string) => {
    if (!own()) {
      setFields(toFields(guessNameParts(name(), reading())));
      setOwn(true);
    }
    setFields(key, text);
  };
  const field = (key: ListKey | ReadingKey) => (
    <TextField
      id={`name-part-${key}`}
      label={t(`card.nameParts.${key}`)}
      value={shown(key)}
      onInput={(text) => change(key, text)}
      maxLength={LISTS.has(key) ? undefined : NAME_PART_CAP}
      lang={LISTS.has(key) ? undefined : 'ja'}
      autocomplete="off"
    />
  );
  const hasMore = MORE.some((key) => shown(key) !== '');
  return {
    view: () => (
      <fieldset class="name-parts">
        <legend>{t('card.nameParts.title')}</legend>
        <p class="hint" id="name-parts-hint">
          {own() ? t('card.nameParts.ownHint') : t('card.nameParts.guessHint')}
        </p>
        <For each={MAIN}>{field}</For>
        <details open={hasMore}>
          <summary>{t('card.nameParts.more')}</summary>
          <For each={MORE}>{field}</For>
        </details>
        <Show when={own()}>
          <p class="hint">{t('card.nameParts.listHint')}</p>
        </Show>
      </fieldset>
    ),
    value: () => (own() ? fromFields(fields) : null),
  };
}

function toFields(parts: NameParts): Record<ListKey | ReadingKey, string> {
  return {
    family: partText(parts.family),
    given: partText(parts.given),
    middle: partText(parts.middle),
    prefix: partText(parts.prefix),
    suffix: partText(parts.suffix),
    familyReading: parts.familyReading,
    givenReading: parts.givenReading,
    middleReading: parts.middleReading,
  };
}

// Cleaned and capped as the readers and the backup check cap them, so a backup restores.
function fromFields(fields: Record<ListKey | ReadingKey, string>): NameParts {
  const items = parseNamePartText;
  const reading = (text: string) => capLine(text, NAME_PART_CAP);
  return {
    family: items(fields.family),
    given: items(fields.given),
    middle: items(fields.middle),
    prefix: items(fields.prefix),
    suffix: items(fields.suffix),
    familyReading: reading(fields.familyReading),
    givenReading: reading(fields.givenReading),
    middleReading: reading(fields.middleReading),
  };
}
