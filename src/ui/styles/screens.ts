import listsCss from './lists.css?inline';
import scanCss from './scan.css?inline';
import { addScreenStyles } from '../screen-styles';

// The look of the screens past the first (lists, follow-ups, progress bars, the scanner, file
// buttons): loaded with the first of them (app.tsx), so the page itself — which a stranger's
// first look at a shared card also downloads — carries only what a first screen needs.

/** Adds the screens' shared stylesheet to the page (once). */
export function addScreensStyles(): void {
  addScreenStyles(listsCss);
  addScreenStyles(scanCss);
}
