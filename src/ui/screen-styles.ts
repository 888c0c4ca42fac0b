// The stylesheets of screens few visits reach (a paper card, a contact's card photos) are not
// in the page's own stylesheet, which every visit carries (a stranger's first look at a shared
// card included): each arrives as text with its screen's code and is added to the page once.

const added = new Set<string>();

/** Adds a screen's stylesheet (CSS text, as `import css from './x.css?inline'` gives it) to the page, once. */
export function addScreenStyles(css: string): void {
  if (added.has(css) || typeof document === 'undefined') return;
  added.add(css);
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
}
