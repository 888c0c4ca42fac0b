import { lazy, type JSX } from 'solid-js';
import { Route, Router } from '@solidjs/router';
import { AppShell } from './ui/app-shell';
import { loadMessages } from './i18n/i18n';

// Every screen is its own chunk: the first paint loads only the one it shows.
const MyCardScreen = lazy(() => import('./features/my-card/my-card-screen').then((m) => ({ default: m.MyCardScreen })));
const CardEditScreen = lazy(() => import('./features/my-card/card-edit-screen').then((m) => ({ default: m.CardEditScreen })));
const ShowScreen = lazy(() => import('./features/show/show-screen').then((m) => ({ default: m.ShowScreen })));
const ScanScreen = lazy(() => import('./features/scan/scan-screen').then((m) => ({ default: m.ScanScreen })));
// The paper-card messages are their own chunk too, loaded with the screens that show them.
const PaperCardScreen = lazy(() => Promise.all([import('./features/paper-card/paper-card-screen'), loadMessages('paper')]).then(([m]) => ({ default: m.PaperCardScreen })));
const ContactsScreen = lazy(() => import('./features/contacts/contacts-screen').then((m) => ({ default: m.ContactsScreen })));
const ContactScreen = lazy(() => import('./features/contacts/contact-screen').then((m) => ({ default: m.ContactScreen })));
const DueScreen = lazy(() => import('./features/contacts/due-screen').then((m) => ({ default: m.DueScreen })));
const ReviewScreen = lazy(() => import('./features/review/review-screen').then((m) => ({ default: m.ReviewScreen })));
const EventsScreen = lazy(() => import('./features/events/events-screen').then((m) => ({ default: m.EventsScreen })));
const NewEventScreen = lazy(() => import('./features/events/new-event-screen').then((m) => ({ default: m.NewEventScreen })));
const EventScreen = lazy(() => import('./features/events/event-screen').then((m) => ({ default: m.EventScreen })));
const SettingsScreen = lazy(() => Promise.all([import('./features/settings/settings-screen'), loadMessages('paper')]).then(([m]) => ({ default: m.SettingsScreen })));
const NotFoundScreen = lazy(() => import('./features/not-found/not-found-screen').then((m) => ({ default: m.NotFoundScreen })));

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
