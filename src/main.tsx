import { render } from 'solid-js/web';
import { App, preloadScreen } from './app';
import { initI18n } from './i18n/i18n';
import { loadSettings } from './features/settings/settings-store';
// The page's own stylesheet: the look every first screen needs (theme first: the order matters).
// The screens' own styles come with their code (ui/screen-styles.ts).
import './ui/styles/theme.css';
import './ui/styles/layout.css';
import './ui/styles/controls.css';
import './ui/styles/feedback.css';
import './ui/styles/cards.css';

const root = document.getElementById('root');
// The dictionary of the UI language comes first (from the precache when offline): no flash
// of untranslated keys.
if (root) {
  // Read at once, beside the dictionary: most screens show something a setting decides.
  void loadSettings().catch(() => undefined);
  // The screen of the address the app opens at is fetched beside the dictionary, not after it,
  // with the data it shows first (see app.tsx).
  const screen = root.hasAttribute('data-first-look') ? null : preloadScreen(window.location.pathname, window.location.search);
  // A shared card already painted by the page itself (first-look.ts): its screen is fetched
  // with the dictionary, so the app takes over in one step and the card never blinks.
  const firstLook = root.hasAttribute('data-first-look') ? import('./features/receive/receive-screen') : null;
  void Promise.all([initI18n(), firstLook, screen]).then(() => {
    root.replaceChildren();
    delete root.dataset.firstLook;
    render(() => <App />, root);
  });
}
