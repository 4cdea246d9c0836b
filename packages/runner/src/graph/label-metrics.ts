/**
 * How big a label is drawn. Layout and SVG share these numbers, so a box is always as big
 * as the monospace text it holds; sizes come from character counts, never from a font on
 * the machine, so the layout is the same everywhere.
 */
import type { TopologyNode } from './topology.js';

export const FONT_SIZE = 12;
/** Advance of one monospace character at FONT_SIZE (DejaVu Sans Mono: 0.602 em), rounded up. */
export const CHAR_WIDTH = 7.4;
export const LINE_HEIGHT = 15;
export const PAD_X = 8;
export const PAD_Y = 6;

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** Characters as a terminal counts them (code points). */
const columns = (line: string): number => [...line].length;

/** The size of a block of text lines with the standard padding. */
export const textSize = (lines: readonly string[]): Size => ({
  width: Math.ceil(Math.max(0, ...lines.map(columns)) * CHAR_WIDTH) + 2 * PAD_X,
  height: lines.length * LINE_HEIGHT + 2 * PAD_Y,
});

/** Hosts and containers hold other nodes: their label is a title band at the top. */
export const isCompound = (node: TopologyNode): boolean => node.kind === 'host' || node.kind === 'container';
