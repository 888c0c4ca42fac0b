import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * One target from the README's table: a ceiling (≤, times and sizes), a minimum (≥, accuracy),
 * or a ratio to a floor measured in the same run (`≤ 1.3 ×`: these machines are shared and
 * noisy, so a ratio holds where an absolute time does not).
 */
export interface Budget {
  id: string;
  limit: number;
  unit: string;
  atLeast?: boolean;
}

/** A measured figure: a number, or a number beside the floor measured with it. */
export type Figure = number | { value: number; floor: number; floorName: string };

/** Reads the targets from the README's "Performance budgets" table, the one place they live. */
export function readBudgets(readmePath: string): Map<string, Budget> {
  const text = readFileSync(readmePath, 'utf8');
  const section = text.split(/^## Performance budgets$/m)[1]?.split(/^## /m)[0] ?? '';
  const budgets = new Map<string, Budget>();
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const id = /^`([\w-]+)`$/.exec(cells[1] ?? '')?.[1];
    const limit = /^([≤≥])\s*([\d.,]+)\s*(\S+)/.exec(cells[3] ?? '');
    if (id && limit) budgets.set(id, { id, limit: Number(limit[2]!.replace(/,/g, '')), unit: limit[3]!, atLeast: limit[1] === '≥' });
  }
  return budgets;
}

const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(Math.abs(n) < 10 ? 2 : 0) : String(n));

/** Formats the figures (and floors, and ratios) against their targets; returns the lines and whether all are met. */
export function compare(figures: Map<string, Figure>, budgets: Map<string, Budget>): { lines: string[]; ok: boolean } {
  let ok = true;
  const lines = [`${'figure'.padEnd(32)} ${'measured'.padStart(9)} ${'floor'.padStart(9)} ${'ratio'.padStart(6)} ${'target'.padStart(12)}   verdict`];
  for (const [id, figure] of figures) {
    const value = typeof figure === 'number' ? figure : figure.value;
    const floor = typeof figure === 'number' ? null : figure.floor;
    const ratio = floor ? value / floor : null;
    const budget = budgets.get(id);
    // A ratio target needs a floor; any other target is on the value itself.
    const compared = budget?.unit === '×' ? ratio : value;
    const within = !budget || compared === null ? true : budget.atLeast ? compared >= budget.limit : compared <= budget.limit;
    ok &&= within;
    lines.push(
      [
        id.padEnd(32),
        fmt(value).padStart(9),
        (floor === null ? '' : fmt(floor)).padStart(9),
        (ratio === null ? '' : `${ratio.toFixed(2)}×`).padStart(6),
        (budget ? `${budget.atLeast ? '≥' : '≤'} ${budget.limit} ${budget.unit}` : '(none)').padStart(12),
        `  ${budget ? (within ? 'ok' : budget.atLeast ? 'UNDER' : 'OVER') : ''}`,
      ].join(' '),
    );
    if (typeof figure !== 'number') lines.push(`${''.padEnd(33)}floor: ${figure.floorName}`);
  }
  return { lines, ok };
}

/**
 * Prints the figures against the README's targets, keeps them in tests/.artifacts/<name>.json,
 * and fails if any misses its target.
 */
export function checkFigures(root: string, name: string, figures: Map<string, Figure>): void {
  const { lines, ok } = compare(figures, readBudgets(`${root}/README.md`));
  console.log(`\n${lines.join('\n')}\n`);
  mkdirSync(`${root}/tests/.artifacts`, { recursive: true });
  writeFileSync(`${root}/tests/.artifacts/${name}.json`, JSON.stringify(Object.fromEntries(figures), null, 2));
  if (!ok) throw new Error('Some figures miss their target (see the table above).');
}
