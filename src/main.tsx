import { render } from 'solid-js/web';
import { App } from './app';
import { initI18n } from './i18n/i18n';
import './ui/base.css';

const root = document.getElementById('root');
// The dictionary of the UI language comes first (from the precache when offline): no flash
// of untranslated keys.
if (root) void initI18n().then(() => render(() => <App />, root));
