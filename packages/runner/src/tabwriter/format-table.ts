import type { TabWriterOptions } from './tab-writer.js';
import { TabWriter } from './tab-writer.js';

/**
 * docker/cli's table writer: `tabwriter.NewWriter(out, 10, 1, 3, ' ', 0)` from its fork,
 * which measures width in terminal cells.
 */
export const DOCKER_TABLE_OPTIONS: TabWriterOptions = {
  minwidth: 10,
  tabwidth: 1,
  padding: 3,
  padchar: ' ',
  flags: 0,
  widthMode: 'terminal',
};

/**
 * Lays out rows as a table: each row's cells are joined by tabs and ended by a newline,
 * so the last cell of a row is not padded (as in `docker network ls`).
 *
 * @example
 * formatTable([['NETWORK ID', 'NAME'], ['0a1b2c3d4e5f', 'bridge']])
 * // 'NETWORK ID     NAME\n0a1b2c3d4e5f   bridge\n'
 */
export function formatTable(rows: readonly (readonly string[])[], opts: TabWriterOptions = DOCKER_TABLE_OPTIONS): string {
  const w = new TabWriter(opts);
  for (const row of rows) w.write(row.join('\t') + '\n');
  return w.flush().toString();
}
