import type { Component, JSX } from 'solid-js';
import { matchPath, Route, Router } from './ui/router';
import { AppShell } from './app-shell';
import { lazyScreen, type LazyScreen } from './ui/screen-boundary';
import { loadMessages } from './i18n/i18n';

// Every screen is its own chunk: the first paint loads only the one it shows. My card speaks
// with the first-paint messages; every other screen also waits for the rest of the dictionary
// (already on its way: the frame asks for it right after the first paint).
const MyCardScreen = lazyScreen(() => import('./features/my-card/my-card-screen').then((m) => m.MyCardScreen));
const CardEditScreen = screen(() => import('./features/my-card/card-edit-screen').then((m) => m.CardEditScreen));
// Show is opened at the door: it does not wait for the rest of the messages (its event picker's
// words fill in a moment later, from the same cache).
const ShowScreen = lazyScreen(() => {
  void loadMessages('screens').catch(() => undefined);
  return import('./features/show/show-screen').then((m) => m.ShowScreen);
});
// Scan's camera library and QR decoder are fetched beside its screen, not after it.
const ScanScreen = screen(() => {
  void import('./features/scan/qr-scanner').then((m) => m.prepareScanner());
  return import('./features/scan/scan-screen').then((m) => m.ScanScreen);
});
const PaperCardScreen = screen(() => import('./features/paper-card/paper-card-screen').then((m) => m.PaperCardScreen));
const ContactsScreen = screen(() => import('./features/contacts/contacts-screen').then((m) => m.ContactsScreen));
const AddContactScreen = screen(() => import('./features/contacts/add-contact-screen').then((m) => m.AddContactScreen));
const ContactScreen = screen(() => import('./features/contacts/contact-screen').then((m) => m.ContactScreen));
const DueScreen = screen(() => import('./features/contacts/due-screen').then((m) => m.DueScreen));
const ReviewScreen = screen(() => import('./features/review/review-screen').then((m) => m.ReviewScreen));
const EventsScreen = screen(() => import('./features/events/events-screen').then((m) => m.EventsScreen));
const NewEventScreen = screen(() => import('./features/events/new-event-screen').then((m) => m.NewEventScreen));
const EventScreen = screen(() => import('./features/events/event-screen').then((m) => m.EventScreen));
const SettingsScreen = screen(() => import('./features/settings/settings-screen').then((m) => m.SettingsScreen));
const NotFoundScreen = lazyScreen(() => import('./features/not-found/not-found-screen').then((m) => m.NotFoundScreen));

/** A screen loaded on first use, together with the messages and the styles of every screen but the first. */
export function screen<P extends object>(load: () => Promise<Component<P>>): LazyScreen<P> {
  return lazyScreen(() =>
    Promise.all([load(), loadMessages('screens'), import('./ui/styles/screens').then((m) => m.addScreensStyles())]).then(([component]) => component),
  );
}

// Opened straight at a screen, the app starts reading what it shows beside its own start, not
// after its first render: contacts for the screens that list or file people, and (from the
// address) the Contacts list's first screenful. A read that returns its promise is one the first
// render waits for: Show's few records, so the screen and its QR are laid out and painted once,
// with everything, rather than a frame first and the card a layout later.
const readContacts = () => void import('./features/contacts/contacts-store').then((m) => m.loadContacts()).catch(() => undefined);
const readContactsList = (query: URLSearchParams) => void import('./features/contacts/list-head-store').then((m) => m.openListAt(query)).catch(() => undefined);
const readShow = () => import('./features/show/show-store').then((m) => m.loadShow());

// How long the first render waits for such a read at most: a database held up (another tab
// upgrading it) must not hold up the frame and its message.
const FIRST_RENDER_WAIT_MS = 500;

// Every path, its screen and what it reads at start-up, in the order they are tried.
const ROUTES: [string, LazyScreen<object>, ((query: URLSearchParams) => Promise<unknown> | void)?][] = [
  ['/', MyCardScreen],
  ['/cards/new', CardEditScreen],
  ['/cards/:id', CardEditScreen],
  ['/show', ShowScreen, readShow],
  ['/scan', ScanScreen, readContacts],
  ['/scan/paper', PaperCardScreen, readContacts],
  ['/contacts', ContactsScreen, readContactsList],
  ['/contacts/new', AddContactScreen],
  ['/contacts/:id', ContactScreen, readContacts],
  ['/due', DueScreen, readContacts],
  ['/events', EventsScreen, readContacts],
  ['/events/new', NewEventScreen],
  ['/events/:id', EventScreen, readContacts],
  ['/events/:id/review', ReviewScreen, readContacts],
  ['/settings', SettingsScreen],
  ['*404', NotFoundScreen],
];

const BASE = import.meta.env.BASE_URL.replace(/\/$/, '');

/**
 * Starts loading the screen of the address the app was opened at, and the data it shows, beside
 * everything else start-up loads; resolves when the first render should go ahead.
 */
export function preloadScreen(pathname: string, search = ''): Promise<void> {
  const path = (pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname) || '/';
  const route = ROUTES.find(([pattern]) => matchPath(pattern, path));
  route?.[1].preload();
  const read = route?.[2]?.(new URLSearchParams(search));
  if (!read) return Promise.resolve();
  return Promise.race([read.then(() => undefined, () => undefined), new Promise<void>((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS))]);
}

/** The router: path-based, because the URL fragment is reserved for shared cards. */
export function App(): JSX.Element {
  return (
    <Router base={BASE} root={AppShell}>
      {ROUTES.map(([path, component]) => (
        <Route path={path} component={component} />
      ))}
    </Router>
  );
}
