import { createContext, createMemo, createSignal, onCleanup, splitProps, useContext, type Component, type JSX } from 'solid-js';
import { Dynamic } from 'solid-js/web';

// Path routing for the app's dozen screens: the path names the screen, the query holds a view's
// state (a search, a filter), and the fragment stays free for shared cards. It is small on
// purpose: a general router (nested routes, data loading, form actions) costs a first visit more
// than the whole first screen, and the app needs none of that. Same names as @solidjs/router.

/** Where the app is: the path (with the deploy base), the query and the fragment. */
export interface RouterLocation {
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
}

/** How to navigate: `replace` rewrites the current history entry instead of adding one. */
export interface NavigateOptions {
  replace?: boolean;
}

interface RouteDefinition {
  path: string;
  component: Component;
}

interface RouterState {
  base: string;
  location: () => RouterLocation;
  params: () => Record<string, string>;
  navigate: (to: string, options?: NavigateOptions) => void;
}

const RouterContext = createContext<RouterState>();

/** One screen at a path, e.g. `/contacts/:id`; `*rest` matches whatever else (not found). */
export function Route(props: RouteDefinition): JSX.Element {
  // Read by the Router, never rendered itself.
  return props as unknown as JSX.Element;
}

/** The routes, shown inside `root` (the app's frame); `base` is the deploy path without its last "/". */
export function Router(props: { base: string; root: Component<{ children?: JSX.Element }>; children: JSX.Element }): JSX.Element {
  const routes = ([] as unknown[]).concat(props.children) as RouteDefinition[];
  const [location, setLocation] = createSignal(readLocation());
  const onPopState = () => setLocation(readLocation());
  window.addEventListener('popstate', onPopState);
  onCleanup(() => window.removeEventListener('popstate', onPopState));

  // The same route with the same params is the same match: a change of the query alone (a
  // search kept in the address) must not wake everything that reads the route.
  const match = createMemo(
    () => {
      const path = appPath(location().pathname, props.base);
      for (const route of routes) {
        const params = matchPath(route.path, path);
        if (params) return { route, params };
      }
      return null;
    },
    undefined,
    { equals: (a, b) => a?.route === b?.route && JSON.stringify(a?.params) === JSON.stringify(b?.params) },
  );

  const navigate = (to: string, options: NavigateOptions = {}) => {
    const url = props.base + to;
    if (url === window.location.pathname + window.location.search + window.location.hash) return;
    if (options.replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    setLocation(readLocation());
    // A new screen starts at its top; going back keeps where the browser was.
    if (!options.replace) window.scrollTo(0, 0);
  };

  const state: RouterState = { base: props.base, location, params: () => match()?.params ?? {}, navigate };
  return (
    <RouterContext.Provider value={state}>
      <Dynamic component={props.root}>{<Dynamic component={match()?.route.component} />}</Dynamic>
    </RouterContext.Provider>
  );
}

/** A link to one of the app's paths, followed without reloading the page. */
export function A(props: JSX.AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }): JSX.Element {
  const router = useRouter();
  const [local, rest] = splitProps(props, ['href', 'onClick']);
  const follow = (event: MouseEvent & { currentTarget: HTMLAnchorElement; target: Element }) => {
    if (typeof local.onClick === 'function') local.onClick(event);
    // Let the browser handle a new tab, a download or a modified click.
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    router.navigate(local.href);
  };
  return <a {...rest} href={router.base + local.href} onClick={follow} />;
}

/** Navigates to one of the app's paths. */
export function useNavigate(): (to: string, options?: NavigateOptions) => void {
  return useRouter().navigate;
}

/** Where the app is now (reactive). */
export function useLocation(): RouterLocation {
  const router = useRouter();
  return {
    get pathname() {
      return router.location().pathname;
    },
    get search() {
      return router.location().search;
    },
    get hash() {
      return router.location().hash;
    },
  };
}

/** The current route's `:params` (reactive). */
export function useParams<T extends Record<string, string>>(): T {
  const router = useRouter();
  return new Proxy({} as T, { get: (_, key) => (typeof key === 'string' ? router.params()[key] : undefined) });
}

/** The query's values (reactive), and a setter that merges into it (undefined removes a key). */
export function useSearchParams<T extends Record<string, string | undefined>>(): [T, (changes: Partial<T>, options?: NavigateOptions) => void] {
  const router = useRouter();
  const query = createMemo(() => new URLSearchParams(router.location().search));
  const params = new Proxy({} as T, { get: (_, key) => (typeof key === 'string' ? (query().get(key) ?? undefined) : undefined) });
  const setParams = (changes: Partial<T>, options?: NavigateOptions) => {
    const next = new URLSearchParams(router.location().search);
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined || value === '') next.delete(key);
      else next.set(key, String(value));
    }
    const search = next.toString();
    router.navigate(appPath(router.location().pathname, router.base) + (search ? `?${search}` : ''), options);
  };
  return [params, setParams];
}

function useRouter(): RouterState {
  const router = useContext(RouterContext);
  if (!router) throw new Error('Router missing');
  return router;
}

function readLocation(): RouterLocation {
  const { pathname, search, hash } = window.location;
  return { pathname, search, hash };
}

// The app's own path: the address's path without the deploy base.
function appPath(pathname: string, base: string): string {
  return (pathname.startsWith(base) ? pathname.slice(base.length) : pathname) || '/';
}

/** The params of `pattern` (e.g. `/events/:id/review`, `*rest`) if `path` matches it, else null. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  if (pattern.startsWith('*')) return { [pattern.slice(1)]: path };
  const want = pattern.split('/').filter(Boolean);
  const have = path.split('/').filter(Boolean);
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (const [i, segment] of want.entries()) {
    const value = have[i]!;
    if (segment.startsWith(':')) {
      try {
        params[segment.slice(1)] = decodeURIComponent(value);
      } catch {
        return null;
      }
    } else if (segment !== value) return null;
  }
  return params;
}
