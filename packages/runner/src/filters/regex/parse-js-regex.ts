/**
 * JavaScript regular-expression syntax read into a syntax tree, so a scenario's
 * `stdout_matches` runs on docknet's own matchers instead of V8's backtracking engine
 * (whose worst case, `(a+)+$` on a long line, is exponential and cannot be interrupted):
 * the linear-time NFA for every pattern a regular language expresses, and a step-bounded
 * backtracking matcher for the rest (back-references, lookaround). Only Unicode property
 * escapes (`\p{…}`) are refused.
 */
import * as E from 'fp-ts/lib/Either.js';
import type { Assertion, BracketItem, CharMatcher, RegexNode } from './regex-node.js';

/** The syntax tree of a JavaScript pattern: the POSIX tree's shapes plus what only JavaScript has. */
export type JsNode =
  | { readonly type: 'empty' }
  | { readonly type: 'char'; readonly matcher: CharMatcher }
  | { readonly type: 'assert'; readonly assertion: Assertion }
  | { readonly type: 'concat'; readonly items: readonly JsNode[] }
  | { readonly type: 'alt'; readonly items: readonly JsNode[] }
  | { readonly type: 'repeat'; readonly node: JsNode; readonly min: number; readonly max: number | undefined; readonly greedy: boolean }
  /** A group; `index` is the capture number (1-based), undefined for `(?:…)`. */
  | { readonly type: 'group'; readonly index: number | undefined; readonly node: JsNode }
  | { readonly type: 'backref'; readonly index: number }
  | { readonly type: 'look'; readonly behind: boolean; readonly negated: boolean; readonly node: JsNode };

/** A parsed pattern and how many capture groups it has. */
export interface ParsedJsRegex {
  readonly node: JsNode;
  readonly groups: number;
}

const literal = (char: string): JsNode => ({ type: 'char', matcher: { kind: 'literal', char } });

/** The flags of a `/…/flags` literal that change what matches. */
export interface JsRegexFlags {
  readonly ignoreCase: boolean;
  readonly multiline: boolean;
  readonly dotAll: boolean;
}

/** Why a pattern cannot run on the linear-time engine (already valid JavaScript). */
class Unsupported {
  constructor(readonly message: string) {}
}

const MAX_CODE_POINT = 0x10ffff;

type Range = readonly [number, number];

const DIGIT: readonly Range[] = [[0x30, 0x39]];
const WORD: readonly Range[] = [[0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a]];
/** ECMAScript WhiteSpace and LineTerminator, which `\s` matches. */
const SPACE: readonly Range[] = [
  [0x09, 0x0d], [0x20, 0x20], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a], [0x2028, 0x2029],
  [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff],
];
const LINE_TERMINATORS: readonly Range[] = [[0x0a, 0x0a], [0x0d, 0x0d], [0x2028, 0x2029]];

/** The code points not in `ranges` (which are sorted and disjoint). */
const complement = (ranges: readonly Range[]): Range[] => {
  const out: Range[] = [];
  let next = 0;
  for (const [from, to] of ranges) {
    if (from > next) out.push([next, from - 1]);
    next = to + 1;
  }
  if (next <= MAX_CODE_POINT) out.push([next, MAX_CODE_POINT]);
  return out;
};

const toItems = (ranges: readonly Range[]): BracketItem[] =>
  ranges.map(([from, to]) => ({ kind: 'range', from: String.fromCodePoint(from), to: String.fromCodePoint(to) }));

const classOf = (ranges: readonly Range[], negated: boolean): CharMatcher => ({ kind: 'bracket', negated, items: toItems(ranges) });

/** `\d \D \w \W \s \S` as ranges, or undefined for any other letter. */
const shorthandRanges = (c: string): Range[] | undefined => {
  switch (c) {
    case 'd': return [...DIGIT];
    case 'D': return complement(DIGIT);
    case 'w': return [...WORD];
    case 'W': return complement(WORD);
    case 's': return [...SPACE];
    case 'S': return complement(SPACE);
    default: return undefined;
  }
};

const CONTROL_ESCAPES: Readonly<Record<string, string>> = { t: '\t', n: '\n', v: '\v', f: '\f', r: '\r' };

class Parser {
  private pos = 0;
  private depth = 0;
  groups = 0;
  private readonly names = new Map<string, number>();
  /** Named back-references seen before their group: resolved at the end. */
  private readonly pendingNames: Array<{ name: string; fix: (index: number) => void }> = [];
  /** Numbered back-references: checked against the group count at the end. */
  private readonly numbered: number[] = [];

  constructor(
    private readonly chars: readonly string[],
    private readonly flags: JsRegexFlags,
    private readonly maxDepth: number,
  ) {}

  private peek(offset = 0): string | undefined {
    return this.chars[this.pos + offset];
  }

  parseWhole(): JsNode {
    const node = this.parseAlternation();
    if (this.pos < this.chars.length) throw new Unsupported(`unexpected "${this.peek() ?? ''}"`);
    for (const { name, fix } of this.pendingNames) {
      const index = this.names.get(name);
      if (index === undefined) throw new Unsupported(`the back-reference \\k<${name}> to no group`);
      fix(index);
    }
    // Annex B reads `\8` without eight groups as an escape; docknet does not guess.
    const beyond = this.numbered.find((n) => n > this.groups);
    if (beyond !== undefined) throw new Unsupported(`the escape \\${beyond} (there are only ${this.groups} groups)`);
    return node;
  }

  private parseAlternation(): JsNode {
    const branches = [this.parseBranch()];
    while (this.peek() === '|') {
      this.pos += 1;
      branches.push(this.parseBranch());
    }
    return branches.length === 1 ? (branches[0] ?? { type: 'empty' }) : { type: 'alt', items: branches };
  }

  private parseBranch(): JsNode {
    const items: JsNode[] = [];
    while (this.pos < this.chars.length && this.peek() !== '|' && this.peek() !== ')') {
      // JavaScript refuses a quantifier on a bare assertion (`^*`), so any quantifier here
      // belongs to the atom, including a group that holds only an assertion (`(?:\B)+`).
      items.push(this.parseQuantifier(this.parseAtom()));
    }
    if (items.length === 1) return items[0] ?? { type: 'empty' };
    return items.length === 0 ? { type: 'empty' } : { type: 'concat', items };
  }

  private parseAtom(): JsNode {
    const c = this.peek() ?? '';
    this.pos += 1;
    switch (c) {
      case '^': return { type: 'assert', assertion: this.flags.multiline ? 'line-start' : 'bol' };
      case '$': return { type: 'assert', assertion: this.flags.multiline ? 'line-end' : 'eol' };
      case '.': return { type: 'char', matcher: this.flags.dotAll ? classOf([], true) : classOf(LINE_TERMINATORS, true) };
      case '(': return this.parseGroup();
      case '[': return { type: 'char', matcher: this.parseClass() };
      case '\\': return this.parseEscape();
      default: return literal(c);
    }
  }

  private parseGroup(): JsNode {
    let wrap: (node: JsNode) => JsNode = (node) => ({ type: 'group', index: undefined, node });
    if (this.peek() === '?') {
      const kind = this.peek(1);
      const after = this.peek(2);
      if (kind === '=' || kind === '!') {
        this.pos += 2;
        wrap = (node) => ({ type: 'look', behind: false, negated: kind === '!', node });
      } else if (kind === '<' && (after === '=' || after === '!')) {
        this.pos += 3;
        wrap = (node) => ({ type: 'look', behind: true, negated: after === '!', node });
      } else if (kind === ':') this.pos += 2;
      else if (kind === '<') {
        const close = this.chars.indexOf('>', this.pos);
        if (close < 0) throw new Unsupported('an unterminated group name');
        const name = this.chars.slice(this.pos + 2, close).join('');
        this.pos = close + 1;
        const index = ++this.groups;
        this.names.set(name, index);
        wrap = (node) => ({ type: 'group', index, node });
      } else throw new Unsupported(`the group (?${kind ?? ''}…)`);
    } else {
      const index = ++this.groups;
      wrap = (node) => ({ type: 'group', index, node });
    }
    if (this.depth >= this.maxDepth) throw new Unsupported(`groups nested more than ${this.maxDepth} deep`);
    this.depth += 1;
    const node = this.parseAlternation();
    this.depth -= 1;
    if (this.peek() !== ')') throw new Unsupported('an unterminated group');
    this.pos += 1;
    return wrap(node);
  }

  private parseQuantifier(atom: JsNode): JsNode {
    const c = this.peek();
    let min: number;
    let max: number | undefined;
    if (c === '*' || c === '+' || c === '?') {
      this.pos += 1;
      [min, max] = c === '*' ? [0, undefined] : c === '+' ? [1, undefined] : [0, 1];
    } else if (c === '{') {
      const interval = /^\{(\d+)(,(\d*))?\}/.exec(this.chars.slice(this.pos, this.pos + 40).join(''));
      // Annex B: a `{` that does not start a quantifier is a literal.
      if (interval === null) return atom;
      this.pos += interval[0].length;
      min = Number(interval[1]);
      max = interval[2] === undefined ? min : interval[3] === '' ? undefined : Number(interval[3]);
    } else {
      return atom;
    }
    // Lazy or greedy decides which match exec() reports; with back-references it can also
    // decide whether test() finds one, so the backtracking matcher honours it.
    const greedy = this.peek() !== '?';
    if (!greedy) this.pos += 1;
    if (!Number.isSafeInteger(min) || (max !== undefined && !Number.isSafeInteger(max))) throw new Unsupported('a repetition count this large');
    return { type: 'repeat', node: atom, min, max, greedy };
  }

  private parseEscape(): JsNode {
    const c = this.peek();
    if (c === undefined) throw new Unsupported('a trailing backslash');
    this.pos += 1;
    if (c === 'b') return { type: 'assert', assertion: 'js-word-boundary' };
    if (c === 'B') return { type: 'assert', assertion: 'not-js-word-boundary' };
    if (c >= '1' && c <= '9') {
      let digits = c;
      while (/[0-9]/.test(this.peek() ?? '')) digits += this.chars[this.pos++] ?? '';
      const index = Number(digits);
      this.numbered.push(index);
      return { type: 'backref', index };
    }
    if (c === 'k' && this.peek() === '<') {
      const close = this.chars.indexOf('>', this.pos);
      if (close < 0) throw new Unsupported('an unterminated \\k<…>');
      const name = this.chars.slice(this.pos + 1, close).join('');
      this.pos = close + 1;
      const node = { type: 'backref' as const, index: 0 };
      this.pendingNames.push({ name, fix: (index) => (node.index = index) });
      return node;
    }
    if (c === 'p' || c === 'P') throw new Unsupported(`Unicode property escapes (\\${c}{…})`);
    const ranges = shorthandRanges(c);
    if (ranges !== undefined) return { type: 'char', matcher: classOf(ranges, false) };
    return literal(this.characterEscape(c));
  }

  /** The character a `\c`-style escape stands for, after the backslash and `c` were read. */
  private characterEscape(c: string): string {
    const control = CONTROL_ESCAPES[c];
    if (control !== undefined) return control;
    if (c === '0' && !/[0-9]/.test(this.peek() ?? '')) return '\0';
    if (c === 'c' && /^[A-Za-z]$/.test(this.peek() ?? '')) {
      const letter = this.peek() ?? 'A';
      this.pos += 1;
      return String.fromCharCode(letter.charCodeAt(0) % 32);
    }
    if (c === 'x') {
      const hex = this.chars.slice(this.pos, this.pos + 2).join('');
      if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
        this.pos += 2;
        return String.fromCharCode(parseInt(hex, 16));
      }
      return 'x';
    }
    if (c === 'u') {
      const braced = /^\{([0-9A-Fa-f]{1,6})\}/.exec(this.chars.slice(this.pos, this.pos + 9).join(''));
      if (braced !== null) {
        this.pos += braced[0].length;
        return String.fromCodePoint(Math.min(parseInt(braced[1] ?? '0', 16), MAX_CODE_POINT));
      }
      const hex = this.chars.slice(this.pos, this.pos + 4).join('');
      if (/^[0-9A-Fa-f]{4}$/.test(hex)) {
        this.pos += 4;
        return String.fromCharCode(parseInt(hex, 16));
      }
      return 'u';
    }
    // Identity escape: `\.`, `\/`, `\-`, …
    return c;
  }

  private parseClass(): CharMatcher {
    let negated = false;
    if (this.peek() === '^') {
      negated = true;
      this.pos += 1;
    }
    const ranges: Range[] = [];
    for (;;) {
      const c = this.peek();
      if (c === undefined) throw new Unsupported('an unterminated character class');
      if (c === ']') {
        this.pos += 1;
        return { kind: 'bracket', negated, items: toItems(normalise(ranges)) };
      }
      const from = this.classAtom();
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== undefined && typeof from === 'number') {
        const save = this.pos;
        this.pos += 1;
        const to = this.classAtom();
        if (typeof to === 'number') {
          ranges.push([from, to]);
          continue;
        }
        // `[a-\d]` (Annex B): the dash is literal.
        this.pos = save;
      }
      if (typeof from === 'number') ranges.push([from, from]);
      else ranges.push(...from);
    }
  }

  /** One class member: a code point, or the ranges of `\d`-style shorthands. */
  private classAtom(): number | Range[] {
    const c = this.peek() ?? '';
    this.pos += 1;
    if (c !== '\\') return c.codePointAt(0) ?? 0;
    const e = this.peek();
    if (e === undefined) throw new Unsupported('a trailing backslash');
    this.pos += 1;
    if (e === 'b') return 0x08;
    if (e === '-') return 0x2d;
    if (e === 'p' || e === 'P') throw new Unsupported(`Unicode property escapes (\\${e}{…})`);
    const shorthand = shorthandRanges(e);
    if (shorthand !== undefined) return shorthand;
    return this.characterEscape(e).codePointAt(0) ?? 0;
  }
}

/** Sorted, merged ranges (a class's members may come in any order and overlap). */
const normalise = (ranges: readonly Range[]): Range[] => {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const [from, to] of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
};

/**
 * Reads a JavaScript pattern (already accepted by `new RegExp`) into a syntax tree, or
 * says which construct docknet cannot run.
 *
 * @example
 * parseJsRegex('^[0-9a-f]{64}$', { ignoreCase: false, multiline: false, dotAll: false }) // Right({ node, groups: 0 })
 * parseJsRegex('\\p{L}', …) // Left('Unicode property escapes (\\p{…})')
 */
export const parseJsRegex = (source: string, flags: JsRegexFlags, maxDepth = 1000): E.Either<string, ParsedJsRegex> => {
  try {
    const parser = new Parser(Array.from(source), flags, maxDepth);
    const node = parser.parseWhole();
    return E.right({ node, groups: parser.groups });
  } catch (error: unknown) {
    if (error instanceof Unsupported) return E.left(error.message);
    throw error;
  }
};

/**
 * The same pattern as a POSIX syntax tree for the linear-time NFA, or undefined when it
 * needs what only backtracking gives (back-references, lookaround). Captures and
 * laziness change nothing about whether a match exists, so they are dropped.
 */
export const toRegexNode = (node: JsNode): RegexNode | undefined => {
  switch (node.type) {
    case 'empty':
    case 'char':
    case 'assert':
      return node;
    case 'group':
      return toRegexNode(node.node);
    case 'backref':
    case 'look':
      return undefined;
    case 'repeat': {
      const inner = toRegexNode(node.node);
      return inner === undefined ? undefined : { type: 'repeat', node: inner, min: node.min, max: node.max };
    }
    case 'concat':
    case 'alt': {
      const items: RegexNode[] = [];
      for (const item of node.items) {
        const converted = toRegexNode(item);
        if (converted === undefined) return undefined;
        items.push(converted);
      }
      return { type: node.type, items };
    }
  }
};
