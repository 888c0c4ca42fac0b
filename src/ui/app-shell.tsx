import { Suspense, type JSX } from 'solid-js';
import { t } from '../i18n/i18n';
import { UpdatePrompt } from '../pwa/update-prompt';
import { BottomNav } from './bottom-nav';
import { createHtmlLang } from './html-lang';

/** The frame around every screen: skip link, content, bottom navigation, update prompt. */
export function AppShell(props: { children?: JSX.Element }): JSX.Element {
  createHtmlLang();
  return (
    <div class="app">
      {/* Not a plain #main link: the URL fragment is reserved for shared cards. */}
      <a class="skip-link" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        {t('app.skipToContent')}
      </a>
      <main id="main" tabindex="-1">
        <Suspense>{props.children}</Suspense>
      </main>
      <BottomNav />
      <UpdatePrompt />
    </div>
  );
}
