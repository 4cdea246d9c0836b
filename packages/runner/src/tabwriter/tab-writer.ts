import type { WidthMode } from './cell-width.js';
import { textWidth } from './cell-width.js';

/**
 * A port of Go's `text/tabwriter` (elastic tabstops), as docker/cli uses it for every
 * table. Cells are tab-terminated; the text after a line's last tab is not part of a
 * column and is never padded. A column block is a run of consecutive lines that all have
 * a cell in that column: a shorter line ends the block, and the next block is sized on its
 * own. A line holding a single cell flushes everything before it, as in Go.
 *
 * Escape sequences (`\xff`) are not supported: they cannot occur in text from templates.
 */

/** Go's tabwriter flags. */
export const TabWriterFlags = {
  /** Ignore HTML tags (width 0) and count entities (`&amp;`) as one character. */
  FilterHTML: 1,
  /** Unused here; kept for Go's numbering. */
  StripEscape: 2,
  /** Right-align cell contents. */
  AlignRight: 4,
  /** Drop columns whose cells are all empty and soft-tab (`\v`) terminated. */
  DiscardEmptyColumns: 8,
  /** Pad leading empty cells with tabs regardless of `padchar`. */
  TabIndent: 16,
  /** Print `|` between columns. */
  Debug: 32,
} as const;

/** The parameters of Go's `tabwriter.NewWriter`. */
export interface TabWriterOptions {
  /** Minimal cell width including padding. */
  readonly minwidth: number;
  /** Width of a tab when padding with tabs. */
  readonly tabwidth: number;
  /** Padding added to a cell's width. */
  readonly padding: number;
  /** Padding character; `'\t'` pads with tabs and forces left alignment. */
  readonly padchar: string;
  /** A bitwise OR of {@link TabWriterFlags}. */
  readonly flags: number;
  /** How cell width is measured; Go's default is `runes`, docker/cli's fork `terminal`. */
  readonly widthMode?: WidthMode;
}

interface Cell {
  text: string;
  width: number;
  htab: boolean;
}

function newCell(): Cell {
  return { text: '', width: 0, htab: false };
}

/**
 * A buffering tab writer: `write` text, `flush` at the end, read the result with
 * `toString()`.
 *
 * @example
 * new TabWriter({ minwidth: 10, tabwidth: 1, padding: 3, padchar: ' ', flags: 0 })
 *   .write('NETWORK ID\tNAME\nabc\tbridge\n').flush().toString()
 */
export class TabWriter {
  private readonly minwidth: number;
  private readonly tabwidth: number;
  private readonly padding: number;
  private readonly padchar: string;
  private readonly flags: number;
  private readonly widthMode: WidthMode;

  private out: string[] = [];
  private cell: Cell = newCell();
  /** Index into `cell.text` up to which the width has been counted. */
  private measured = 0;
  private endChar = '';
  private lines: Cell[][] = [[]];
  private widths: number[] = [];

  constructor(opts: TabWriterOptions) {
    this.minwidth = Math.max(0, opts.minwidth);
    this.tabwidth = Math.max(0, opts.tabwidth);
    this.padding = Math.max(0, opts.padding);
    this.padchar = opts.padchar === '' ? ' ' : (opts.padchar[0] ?? ' ');
    // Padding with tabs enforces left alignment.
    this.flags = this.padchar === '\t' ? opts.flags & ~TabWriterFlags.AlignRight : opts.flags;
    this.widthMode = opts.widthMode ?? 'runes';
  }

  /** Everything written to the output so far (call {@link flush} first for the tail). */
  toString(): string {
    return this.out.join('');
  }

  /** Buffers text; complete blocks are formatted as soon as their layout is known. */
  write(text: string): this {
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      if (this.endChar === '') {
        if (ch === '\t' || ch === '\v' || ch === '\n' || ch === '\f') {
          this.append(text.slice(n, i));
          this.updateWidth();
          n = i + 1;
          const ncells = this.terminateCell(ch === '\t');
          if (ch === '\n' || ch === '\f') {
            this.lines.push([]);
            if (ch === '\f' || ncells === 1) {
              // A one-cell line cannot affect later columns, so what came before is final.
              this.flushInternal();
              if (ch === '\f' && (this.flags & TabWriterFlags.Debug) !== 0) this.out.push('---\n');
            }
          }
        } else if ((ch === '<' || ch === '&') && (this.flags & TabWriterFlags.FilterHTML) !== 0) {
          this.append(text.slice(n, i));
          this.updateWidth();
          n = i;
          this.endChar = ch === '<' ? '>' : ';';
        }
      } else if (ch === this.endChar) {
        this.append(text.slice(n, i + 1));
        n = i + 1;
        this.endEscape();
      }
    }
    this.append(text.slice(n));
    return this;
  }

  /** Formats and emits everything buffered. */
  flush(): this {
    this.flushInternal();
    return this;
  }

  private append(s: string): void {
    this.cell.text += s;
  }

  private updateWidth(): void {
    this.cell.width += textWidth(this.cell.text.slice(this.measured), this.widthMode);
    this.measured = this.cell.text.length;
  }

  private endEscape(): void {
    // A tag has no width; an entity counts as one character.
    if (this.endChar === ';') this.cell.width++;
    this.measured = this.cell.text.length;
    this.endChar = '';
  }

  private terminateCell(htab: boolean): number {
    this.cell.htab = htab;
    const line = this.lines[this.lines.length - 1]!;
    line.push(this.cell);
    this.cell = newCell();
    this.measured = 0;
    return line.length;
  }

  private flushInternal(): void {
    if (this.cell.text.length > 0) {
      if (this.endChar !== '') this.endEscape();
      this.terminateCell(false);
    }
    this.format(0, this.lines.length);
    this.cell = newCell();
    this.measured = 0;
    this.endChar = '';
    this.lines = [[]];
    this.widths = [];
  }

  private writePadding(textw: number, cellw: number, useTabs: boolean): void {
    if (this.padchar === '\t' || useTabs) {
      if (this.tabwidth === 0) return;
      const w = Math.ceil(cellw / this.tabwidth) * this.tabwidth;
      const n = Math.max(0, w - textw);
      this.out.push('\t'.repeat(Math.ceil(n / this.tabwidth)));
      return;
    }
    this.out.push(this.padchar.repeat(Math.max(0, cellw - textw)));
  }

  private writeLines(line0: number, line1: number): void {
    for (let i = line0; i < line1; i++) {
      const line = this.lines[i]!;
      let useTabs = (this.flags & TabWriterFlags.TabIndent) !== 0;
      line.forEach((c, j) => {
        if (j > 0 && (this.flags & TabWriterFlags.Debug) !== 0) this.out.push('|');
        const colWidth = this.widths[j];
        if (c.text.length === 0) {
          if (colWidth !== undefined) this.writePadding(c.width, colWidth, useTabs);
          return;
        }
        useTabs = false;
        if ((this.flags & TabWriterFlags.AlignRight) === 0) {
          this.out.push(c.text);
          if (colWidth !== undefined) this.writePadding(c.width, colWidth, false);
        } else {
          if (colWidth !== undefined) this.writePadding(c.width, colWidth, false);
          this.out.push(c.text);
        }
      });
      // The last buffered line has no newline yet; emit the incomplete cell's text.
      if (i + 1 === this.lines.length) this.out.push(this.cell.text);
      else this.out.push('\n');
    }
  }

  /** Go's recursive column-block layout between lines `line0` (inclusive) and `line1`. */
  private format(line0: number, line1: number): void {
    const column = this.widths.length;
    for (let current = line0; current < line1; current++) {
      if (column >= this.lines[current]!.length - 1) continue;
      // A cell exists in this column: this line starts a block.
      this.writeLines(line0, current);
      line0 = current;
      let width = this.minwidth;
      let discardable = true;
      for (; current < line1; current++) {
        const line = this.lines[current]!;
        if (column >= line.length - 1) break;
        const c = line[column]!;
        width = Math.max(width, c.width + this.padding);
        if (c.width > 0 || c.htab) discardable = false;
      }
      if (discardable && (this.flags & TabWriterFlags.DiscardEmptyColumns) !== 0) width = 0;
      this.widths.push(width);
      this.format(line0, current);
      this.widths.pop();
      line0 = current;
    }
    this.writeLines(line0, line1);
  }
}
