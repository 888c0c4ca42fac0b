import type { JSX } from 'solid-js';
import { Route, Router } from '@solidjs/router';
import { AppShell } from './app-shell';
import { lazyScreen } from './ui/screen-boundary';
import { loadMessages } from './i18n/i18n';

// Every screen is its own chunk: the first paint loads only the one it shows.
const MyCardScreen = lazyScreen(() => import('./features/my-card/my-card-screen').then((m) => m.MyCardScreen));
const CardEditScreen = lazyScreen(() => import('./features/my-card/card-edit-screen').then((m) => m.CardEditScreen));
const ShowScreen = lazyScreen(() => import('./features/show/show-screen').then((m) => m.ShowScreen));
const ScanScreen = lazyScreen(() => import('./features/scan/scan-screen').then((m) => m.ScanScreen));
// The paper-card messages are their own chunk too, loaded with the screens that show them.
const PaperCardScreen = lazyScreen(() => Promise.all([import('./features/paper-card/paper-card-screen'), loadMessages('paper')]).then(([m]) => m.PaperCardScreen));
const ContactsScreen = lazyScreen(() => import('./features/contacts/contacts-screen').then((m) => m.ContactsScreen));
const ContactScreen = lazyScreen(() => import('./features/contacts/contact-screen').then((m) => m.ContactScreen));
const DueScreen = lazyScreen(() => import('./features/contacts/due-screen').then((m) => m.DueScreen));
const ReviewScreen = lazyScreen(() => import('./features/review/review-screen').then((m) => m.ReviewScreen));
const EventsScreen = lazyScreen(() => import('./features/events/events-screen').then((m) => m.EventsScreen));
const NewEventScreen = lazyScreen(() => import('./features/events/new-event-screen').then((m) => m.NewEventScreen));
const EventScreen = lazyScreen(() => import('./features/events/event-screen').then((m) => m.EventScreen));
const SettingsScreen = lazyScreen(() => Promise.all([import('./features/settings/settings-screen'), loadMessages('paper')]).then(([m]) => m.SettingsScreen));
const NotFoundScreen = lazyScreen(() => import('./features/not-found/not-found-screen').then((m) => m.NotFoundScreen));

/** The router: path-based, because the URL fragment is reserved for shared cards. */
export function App(): JSX.Element {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return (
    <Router base={base} root={AppShell}>
      <Route path="/" component={MyCardScreen} />
      <Route path="/cards/new" component={CardEditScreen} />
      <Route path="/cards/:id" component={CardEditScreen} />
      <Route path="/show" component={ShowScreen} />
      <Route path="/scan" component={ScanScreen} />
      <Route path="/scan/paper" component={PaperCardScreen} />
      <Route path="/scan/paper" component={PaperCardScreen} />
      <Route path="/contacts" component={ContactsScreen} />
      <Route path="/contacts/:id" component={ContactScreen} />
      <Route path="/due" component={DueScreen} />
      <Route path="/events" component={EventsScreen} />
      <Route path="/events/new" component={NewEventScreen} />
      <Route path="/events/:id" component={EventScreen} />
      <Route path="/events/:id/review" component={ReviewScreen} />
      <Route path="/settings" component={SettingsScreen} />
      <Route path="*404" component={NotFoundScreen} />
    </Router>
  );
}
