import { awk } from './awk/awk.js';
import { cat } from './cat.js';
import { cut } from './cut.js';
import type { Filter, FilterResult } from './filter-result.js';
import { grep } from './grep/grep.js';
import { head } from './head.js';
import { sort } from './sort.js';
import { tail } from './tail.js';
import { tr } from './tr.js';
import { uniq } from './uniq.js';
import { wc } from './wc.js';

/** Every text filter by the command name a pipeline stage uses. */
const FILTERS = {
  awk,
  cat,
  cut,
  egrep: (args, input) => grep(['-E', ...args], input),
  fgrep: (args, input) => grep(['-F', ...args], input),
  grep,
  head,
  sort,
  tail,
  tr,
  uniq,
  wc,
} as const satisfies Readonly<Record<string, Filter>>;

/** The name of a text filter docknet can run. */
export type FilterName = keyof typeof FILTERS;

/** The filter names, sorted (for help texts and completion). */
export const FILTER_NAMES: readonly FilterName[] = Object.keys(FILTERS).sort() as FilterName[];

/**
 * Whether `name` is a text filter, i.e. a stage `runFilter` can run (`grep`, `awk`, …).
 *
 * @example
 * isFilter('grep') // true
 * isFilter('docker') // false
 */
export const isFilter = (name: string): name is FilterName => Object.hasOwn(FILTERS, name);

/**
 * Runs one filter stage on the previous stage's stdout. Never throws: every bad argument
 * is a GNU-worded stderr and exit status.
 *
 * @example
 * runFilter('wc', ['-l'], 'a\nb\n') // { stdout: '2\n', stderr: '', exit: 0 }
 */
export const runFilter = (name: FilterName, args: readonly string[], input: string): FilterResult => FILTERS[name](args, input);
