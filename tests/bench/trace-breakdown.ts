import type { Browser, Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';

// Where a page's time went, from a Chromium performance trace: the bench times a figure without
// tracing (tracing slows the page), then traces one more run of the app and of its floor to show
// why they differ. The trace files are kept for the DevTools Performance panel (Load profile).

/** What a page's main thread did from navigation start until a time the page reported (ms). */
export interface Breakdown {
  /** Navigation start until the reported time. */
  total: number;
  /** When the page's HTML began to be parsed: the navigation itself, with the service worker's answer or the network's. */
  htmlAt: number;
  scripting: number;
  styleAndLayout: number;
  /** Painting a frame and handing it to the compositor, beyond its style and layout. */
  paint: number;
  /** Committing the navigation and parsing the HTML and CSS. */
  loading: number;
  /** Main-thread work of other kinds (the browser's own tasks, loading, input). */
  other: number;
  /** The main thread had nothing to do: waiting for the network, the service worker, the disk. */
  idle: number;
}

// Trace event names by what DevTools would file them under; an event of another name counts as
// its enclosing event's kind (a forced layout inside a script is layout, its callbacks script).
type Kind = Exclude<keyof Breakdown, 'total' | 'htmlAt' | 'idle'>;
const KINDS: Record<string, Kind> = {
  EvaluateScript: 'scripting',
  'v8.compile': 'scripting',
  'v8.compileModule': 'scripting',
  'v8.evaluateModule': 'scripting',
  'v8.run': 'scripting',
  'v8.callFunction': 'scripting',
  FunctionCall: 'scripting',
  TimerFire: 'scripting',
  FireAnimationFrame: 'scripting',
  FireIdleCallback: 'scripting',
  RunMicrotasks: 'scripting',
  EventDispatch: 'scripting',
  MajorGC: 'scripting',
  MinorGC: 'scripting',
  'V8.GC_SCAVENGER': 'scripting',
  UpdateLayoutTree: 'styleAndLayout',
  Layout: 'styleAndLayout',
  HitTest: 'styleAndLayout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
  'Decode Image': 'paint',
  ParseHTML: 'loading',
  ParseAuthorStyleSheet: 'loading',
  'DocumentLoader::CommitNavigation': 'loading',
};

// A task that prepares a frame is painting where nothing inside it says otherwise.
const kindOf = (event: TraceEvent): Kind | undefined =>
  KINDS[event.name] ?? (event.args?.src_func === 'ScheduledActionSendBeginMainFrame' ? 'paint' : undefined);

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'loading', 'toplevel'];

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { src_func?: string; data?: { documentLoaderURL?: string; isLoadingMainFrame?: boolean }; beginData?: { url?: string } };
}

/**
 * Runs `load` (which navigates `page` and returns the time the page reported, by its own clock)
 * under a trace written to `path`, and returns the main thread's time by kind until then.
 */
export async function traceBreakdown(browser: Browser, page: Page, path: string, load: () => Promise<number>): Promise<Breakdown> {
  mkdirSync(dirname(path), { recursive: true });
  await browser.startTracing(page, { path, categories: CATEGORIES });
  const until = await load();
  await browser.stopTracing();
  return summarise((JSON.parse(readFileSync(path, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents, until);
}

/** The breakdown of a trace's last main-frame navigation, until `until` ms after its start. */
export function summarise(events: TraceEvent[], until: number): Breakdown {
  const navigation = events
    .filter((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame && e.args.data.documentLoaderURL?.startsWith('http'))
    .at(-1);
  if (!navigation) throw new Error('the trace has no navigation');
  const start = navigation.ts;
  const end = start + until * 1000;
  const clip = (from: number, to: number) => Math.max(0, Math.min(to, end) - Math.max(from, start));
  const spans = events
    .filter((e) => e.pid === navigation.pid && e.tid === navigation.tid && e.ph === 'X' && e.dur !== undefined && e.ts < end && e.ts + e.dur! > start)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);

  const breakdown: Breakdown = { total: until, htmlAt: 0, scripting: 0, styleAndLayout: 0, paint: 0, loading: 0, other: 0, idle: 0 };
  const firstParse = spans.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url?.startsWith('http'));
  breakdown.htmlAt = firstParse ? (firstParse.ts - start) / 1000 : 0;
  // Self time by kind: an event's own time less its children's, walked with a stack of the
  // events still open (a thread's complete events nest).
  const open: { end: number; kind: Kind; child: number; own: number }[] = [];
  let busy = 0;
  const close = (before: number) => {
    while (open.length && open.at(-1)!.end <= before) {
      const done = open.pop()!;
      breakdown[done.kind] += (done.own - done.child) / 1000;
    }
  };
  for (const event of spans) {
    close(event.ts);
    const own = clip(event.ts, event.ts + event.dur!);
    const parent = open.at(-1);
    if (parent) parent.child += own;
    else busy += own;
    open.push({ end: event.ts + event.dur!, kind: kindOf(event) ?? parent?.kind ?? 'other', child: 0, own });
  }
  close(Infinity);
  breakdown.idle = until - busy / 1000;
  return breakdown;
}

/** The breakdowns side by side, one row a kind, in whole milliseconds. */
export function formatBreakdowns(columns: Record<string, Breakdown>): string {
  const rows: [string, keyof Breakdown][] = [
    ['navigation start → painted', 'total'],
    ['  HTML parsed from', 'htmlAt'],
    ['  scripting', 'scripting'],
    ['  style and layout', 'styleAndLayout'],
    ['  paint', 'paint'],
    ['  committing, parsing the page', 'loading'],
    ['  other main-thread work', 'other'],
    ['  idle (waiting for files)', 'idle'],
  ];
  const names = Object.keys(columns);
  return [
    `${'one traced run each (ms)'.padEnd(30)}${names.map((n) => n.padStart(8)).join('')}`,
    ...rows.map(([label, key]) => `${label.padEnd(30)}${names.map((n) => Math.round(columns[n]![key]).toString().padStart(8)).join('')}`),
  ].join('\n');
}
