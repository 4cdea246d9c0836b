export type { WidthMode } from './cell-width.js';
export { textWidth } from './cell-width.js';
export type { TabWriterOptions } from './tab-writer.js';
export { TabWriter, TabWriterFlags } from './tab-writer.js';
export { DOCKER_TABLE_OPTIONS, formatTable } from './format-table.js';
