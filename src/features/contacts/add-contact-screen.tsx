import type { JSX } from 'solid-js';
import { useNavigate } from '../../ui/router';
import { emptyFields } from '../../domain/paper-card/guess-fields';
import { t } from '../../i18n/i18n';
import { BackLink } from '../../ui/back-link';
import { Screen } from '../../ui/screen';
import { reportStorageError } from '../../ui/storage-errors';
import { showToast } from '../../ui/toast-store';
import { createLocalEventChoice, CurrentEventPicker } from '../events/current-event-picker';
import { PaperCardForm, type PaperCardResult } from '../paper-card/paper-card-form';
import { savePaperCard } from '../paper-card/save-paper-card';

/**
 * Add contact: someone whose card is not at hand, typed in with the same fields as a received
 * card, filed under the current event or one picked here (for this screen only). Saved, their
 * page opens (for a known email, the one they already have, with this meeting and what the
 * typed card says differently).
 */
export function AddContactScreen(): JSX.Element {
  const navigate = useNavigate();
  const filing = createLocalEventChoice();
  const save = async (result: PaperCardResult) => {
    try {
      const outcome = await savePaperCard(result, 'manual', filing.id());
      showToast({ message: outcome.merged ? t('scan.savedMerged') : t('scan.saved') });
      navigate(`/contacts/${outcome.contact.id}`, { replace: true });
    } catch (error) {
      // Nothing was written, and the form keeps what was typed.
      reportStorageError(error);
    }
  };
  return (
    <Screen title={t('contacts.add')} back={<BackLink href="/contacts" label={t('nav.contacts')} />}>
      <CurrentEventPicker choice={filing} />
      <PaperCardForm guess={emptyFields()} lines={[]} photos={[]} onSave={save} />
    </Screen>
  );
}
