import { createEffect } from 'solid-js';
import { locale } from '../i18n/i18n';

/** Keeps `<html lang>` in step with the UI language, so screen readers and fonts follow it. */
export function createHtmlLang(): void {
  createEffect(() => {
    document.documentElement.lang = locale();
  });
}
