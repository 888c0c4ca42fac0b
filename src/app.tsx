import type { Component, JSX } from 'solid-js';
import { Route, Router } from './ui/router';
import { AppShell } from './app-shell';
import { lazyScreen } from './ui/screen-boundary';
import { loadMessages } from './i18n/i18n';

// Every screen is its own chunk: the first paint loads only the one it shows. My card speaks
// with the first-paint messages; every other screen also waits for the rest of the dictionary
// (already on its way: the frame asks for it right after the first paint).
const MyCardScreen = lazyScreen(() => import('./features/my-card/my-card-screen').then((m) => m.MyCardScreen));
const CardEditScreen = screen(() => import('./features/my-card/card-edit-screen').then((m) => m.CardEditScreen));
const ShowScreen = screen(() => import('./features/show/show-screen').then((m) => m.ShowScreen));
const ScanScreen = screen(() => import('./features/scan/scan-screen').then((m) => m.ScanScreen));
const PaperCardScreen = screen(() => import('./features/paper-card/paper-card-screen').then((m) => m.PaperCardScreen));
const ContactsScreen = screen(() => import('./features/contacts/contacts-screen').then((m) => m.ContactsScreen));
const ContactScreen = screen(() => import('./features/contacts/contact-screen').then((m) => m.ContactScreen));
const DueScreen = screen(() => import('./features/contacts/due-screen').then((m) => m.DueScreen));
const ReviewScreen = screen(() => import('./features/review/review-screen').then((m) => m.ReviewScreen));
const EventsScreen = screen(() => import('./features/events/events-screen').then((m) => m.EventsScreen));
const NewEventScreen = screen(() => import('./features/events/new-event-screen').then((m) => m.NewEventScreen));
const EventScreen = screen(() => import('./features/events/event-screen').then((m) => m.EventScreen));
const SettingsScreen = screen(() => import('./features/settings/settings-screen').then((m) => m.SettingsScreen));
const NotFoundScreen = lazyScreen(() => import('./features/not-found/not-found-screen').then((m) => m.NotFoundScreen));

/** A screen loaded on first use, together with the messages of every screen but the first. */
export function screen<P extends object>(load: () => Promise<Component<P>>): Component<P> {
  return lazyScreen(() => Promise.all([load(), loadMessages('screens')]).then(([component]) => component));
}

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
