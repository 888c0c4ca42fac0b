import { createSignal, Show, type JSX } from 'solid-js';
import { cleanEmailTemplate, DEFAULT_EMAIL_TEMPLATES, TEMPLATE_PLACEHOLDERS } from '../../domain/reminders/email-draft';
import { locale, t } from '../../i18n/i18n';
import { reportStorageError } from '../../ui/storage-errors';
import { showToast } from '../../ui/toast-store';
import { settings, updateSetting } from './settings-store';

/** The follow-up email template: the built-in one in the UI language until the person edits it. */
export function EmailTemplateSetting(): JSX.Element {
  const template = () => settings.emailTemplate ?? DEFAULT_EMAIL_TEMPLATES[locale()];
  const [subject, setSubject] = createSignal<string | null>(null);
  const [body, setBody] = createSignal<string | null>(null);

  const save = async (e: SubmitEvent) => {
    e.preventDefault();
    const value = cleanEmailTemplate({ subject: subject() ?? template().subject, body: body() ?? template().body });
    try {
      await updateSetting('emailTemplate', value);
      showToast({ message: t('settings.templateSaved') });
    } catch (error) {
      reportStorageError(error);
    }
  };
  const reset = async () => {
    try {
      await updateSetting('emailTemplate', null);
      setSubject(null);
      setBody(null);
    } catch (error) {
      reportStorageError(error);
    }
  };

  return (
    <form onSubmit={save}>
      <div class="field">
        <label for="template-subject">{t('settings.templateSubject')}</label>
        <input id="template-subject" type="text" value={subject() ?? template().subject} onInput={(e) => setSubject(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="template-body">{t('settings.templateBody')}</label>
        <textarea id="template-body" rows={8} value={body() ?? template().body} onInput={(e) => setBody(e.currentTarget.value)} />
        <span class="hint">{t('settings.templateHint', { placeholders: TEMPLATE_PLACEHOLDERS.join(' ') })}</span>
      </div>
      <div class="button-row">
        <button type="submit" class="button primary">
          {t('settings.saveTemplate')}
        </button>
        <Show when={settings.emailTemplate}>
          <button type="button" class="button" onClick={() => void reset()}>
            {t('settings.resetTemplate')}
          </button>
        </Show>
      </div>
    </form>
  );
}
