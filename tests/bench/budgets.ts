import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

/** One budget from the README's table: a ceiling (≤, for times and sizes) or a floor (≥, for accuracy). */
export interface Budget {
  id: string;
  limit: number;
  unit: string;
  atLeast?: boolean;
}

/** Reads the budgets from the README's "Performance budgets" table, the one place they live. */
export function readBudgets(readmePath: string): Map<string, Budget> {
  const text = readFileSync(readmePath, 'utf8');
  const section = text.split(/^## Performance budgets$/m)[1]?.split(/^## /m)[0] ?? '';
  const budgets = new Map<string, Budget>();
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const id = /^`([\w-]+)`$/.exec(cells[1] ?? '')?.[1];
    const limit = /^([≤≥])\s*([\d.,]+)\s*(\S+)$/.exec(cells[3] ?? '');
    if (id && limit) budgets.set(id, { id, limit: Number(limit[2]!.replace(/,/g, '')), unit: limit[3]!, atLeast: limit[1] === '≥' });
  }
  return budgets;
}

/** Formats the measured figures against their budgets; returns the lines and whether all fit. */
export function compare(figures: Map<string, number>, budgets: Map<string, Budget>): { lines: string[]; ok: boolean } {
  let ok = true;
  const lines = ['figure                         measured      budget   verdict'];
  for (const [id, value] of figures) {
    const budget = budgets.get(id);
    const within = budget ? (budget.atLeast ? value >= budget.limit : value <= budget.limit) : true;
    ok &&= within;
    lines.push(
      `${id.padEnd(30)} ${value.toFixed(value < 10 ? 2 : 0).padStart(9)} ${(budget ? `${budget.atLeast ? '≥' : '≤'} ${budget.limit} ${budget.unit}` : '(no budget)').padStart(14)}   ${budget ? (within ? 'ok' : budget.atLeast ? 'UNDER' : 'OVER') : ''}`,
    );
  }
  return { lines, ok };
}

/**
 * Prints the figures against the README's budgets, keeps them in tests/.artifacts/<name>.json,
 * and fails if any is over its budget.
 */
export function checkFigures(root: string, name: string, figures: Map<string, number>): void {
  const { lines, ok } = compare(figures, readBudgets(`${root}/README.md`));
  console.log(`\n${lines.join('\n')}\n`);
  mkdirSync(`${root}/tests/.artifacts`, { recursive: true });
  writeFileSync(`${root}/tests/.artifacts/${name}.json`, JSON.stringify(Object.fromEntries(figures), null, 2));
  if (!ok) throw new Error('Some figures are over their budget (see the table above).');
}
