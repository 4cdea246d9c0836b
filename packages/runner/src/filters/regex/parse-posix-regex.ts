import * as E from 'fp-ts/lib/Either.js';
import type { BracketItem, CharClassName, CharMatcher, RegexNode } from './regex-node.js';
import { literal } from './regex-node.js';

/** `basic` is grep's default (BRE), `extended` is grep -E and awk (ERE). */
export type RegexFlavor = 'basic' | 'extended';

/** Options of {@link parsePosixRegex}. */
export interface ParseRegexOptions {
  readonly flavor: RegexFlavor;
  /** awk's string escapes inside regexes: `\t`, `\n`, `\/`, `\"` stand for the character. */
  readonly awkEscapes?: boolean;
}

/** GNU regex's RE_DUP_MAX: a larger bound is "Regular expression too big". */
export const DUP_MAX = 32767;

/**
 * docknet's bound on nesting: groups inside groups, or interval repetitions stacked on one
 * atom (`a{1}{1}…`). GNU's limits are the C stack's; past this bound docknet answers with
 * GNU's "Regular expression too big" instead of overflowing the JavaScript stack.
 */
export const MAX_NESTING = 1000;

/** The messages GNU grep prints (after `grep: `) for a bad pattern. */
export const RegexMessages = {
  unmatchedBracket: 'Unmatched [, [^, [:, [., or [=',
  unmatchedOpen: 'Unmatched ( or \\(',
  unmatchedClose: 'Unmatched ) or \\)',
  unmatchedBrace: 'Unmatched \\{',
  badInterval: 'Invalid content of \\{\\}',
  tooBig: 'Regular expression too big',
  rangeEnd: 'Invalid range end',
  className: 'Invalid character class name',
  collation: 'Invalid collation character',
  trailingBackslash: 'Trailing backslash',
  backReference: 'back-references (\\1 … \\9) are not supported by docknet',
  invalidBackReference: 'Invalid back reference',
  classSyntax: (name: string) => `character class syntax is [[:${name}:]], not [:${name}:]`,
} as const;

const CLASS_NAMES: ReadonlySet<string> = new Set([
  'alpha', 'digit', 'alnum', 'upper', 'lower', 'space', 'blank', 'punct', 'print', 'graph', 'cntrl', 'xdigit',
]);

const AWK_ESCAPES: Readonly<Record<string, string>> = { t: '\t', n: '\n', r: '\r', '/': '/', '"': '"', a: '\x07', b: '\b', f: '\f', v: '\v' };

/** A parsed pattern and the warnings GNU grep 3.8+ prints for it (`* at start of expression`). */
export interface ParsedRegex {
  readonly node: RegexNode;
  readonly warnings: readonly string[];
}

/** Thrown inside the recursive descent only; {@link parsePosixRegex} turns it into a Left. */
class RegexSyntaxError {
  constructor(readonly message: string) {}
}

/**
 * Parses a POSIX regular expression as GNU grep reads it (glibc regex syntax with
 * RE_SYNTAX_GREP / RE_SYNTAX_EGREP and GNU extensions), returning GNU's error message
 * for a bad pattern.
 *
 * BRE: `\( \)` group, `\|` alternation, `\{m,n\}`, `\+`, `\?`; `*` is literal at the
 * start of an expression; `^`/`$` are anchors only at the start/end of an expression
 * (or next to `\(`, `\)`, `\|`). ERE: `( ) | + ? {m,n}`, a `{` that does not start a
 * valid interval is literal, a `)` without `(` is literal, a leading repetition operator
 * repeats the empty string. Both: `.`, bracket expressions with classes, `[.c.]`, `[=c=]`
 * and ranges, `\< \> \b \B \w \W \s \S`, `` \` `` and `\'`. Back-references are refused:
 * they make matching exponential and no tutorial needs them.
 *
 * @example
 * parsePosixRegex('a\\|b', { flavor: 'basic' }) // Right(alt of a, b)
 * parsePosixRegex('\\(', { flavor: 'basic' })   // Left('Unmatched ( or \\(')
 */
export const parsePosixRegex = (pattern: string, options: ParseRegexOptions): E.Either<string, ParsedRegex> => {
  try {
    const parser = new Parser(Array.from(pattern), options);
    const node = parser.parseWhole();
    return E.right({ node, warnings: parser.warnings });
  } catch (error: unknown) {
    if (error instanceof RegexSyntaxError) return E.left(error.message);
    throw error;
  }
};

class Parser {
  private pos = 0;
  private depth = 0;
  private groups = 0;
  readonly warnings: string[] = [];
  private readonly extended: boolean;

  constructor(
    private readonly chars: readonly string[],
    private readonly options: ParseRegexOptions,
  ) {
    this.extended = options.flavor === 'extended';
  }

  parseWhole(): RegexNode {
    const node = this.parseAlternation();
    if (this.pos < this.chars.length) throw new RegexSyntaxError(RegexMessages.unmatchedClose);
    return node;
  }

  private peek(offset = 0): string | undefined {
    return this.chars[this.pos + offset];
  }

  private atAlternation(): boolean {
    return this.extended ? this.peek() === '|' : this.peek() === '\\' && this.peek(1) === '|';
  }

  private atGroupClose(): boolean {
    if (this.depth === 0) return false;
    return this.extended ? this.peek() === ')' : this.peek() === '\\' && this.peek(1) === ')';
  }

  private parseAlternation(): RegexNode {
    const branches = [this.parseBranch()];
    while (this.atAlternation()) {
      this.pos += this.extended ? 1 : 2;
      branches.push(this.parseBranch());
    }
    return branches.length === 1 ? (branches[0] ?? { type: 'empty' }) : { type: 'alt', items: branches };
  }

  private parseBranch(): RegexNode {
    const items: RegexNode[] = [];
    const branchStart = this.pos;
    while (this.pos < this.chars.length && !this.atAlternation() && !this.atGroupClose()) {
      if (!this.extended && this.peek() === '\\' && this.peek(1) === ')') {
        throw new RegexSyntaxError(RegexMessages.unmatchedClose);
      }
      const atom = this.parseAtom(this.pos === branchStart, items);
      // A repetition operator right after an anchor is "at the start of an expression" for
      // GNU (literal `*` in a BRE, a no-op with a warning in an ERE), so anchors take none.
      items.push(atom.type === 'assert' ? atom : this.parseQuantifiers(atom));
    }
    if (items.length === 1) return items[0] ?? { type: 'empty' };
    return items.length === 0 ? { type: 'empty' } : { type: 'concat', items };
  }

  /** True right after an anchor: GNU treats that position like the start of an expression. */
  private static onlyAnchors(items: readonly RegexNode[]): boolean {
    const last = items[items.length - 1];
    return last !== undefined && last.type === 'assert';
  }

  private parseAtom(atBranchStart: boolean, before: readonly RegexNode[]): RegexNode {
    const c = this.peek() ?? '';
    this.pos += 1;
    if (c === '.') return { type: 'char', matcher: { kind: 'any' } };
    if (c === '[') return { type: 'char', matcher: this.parseBracket() };
    if (c === '^') {
      if (this.extended || atBranchStart || Parser.onlyAnchors(before)) return { type: 'assert', assertion: 'bol' };
      return literal(c);
    }
    if (c === '$') {
      if (this.extended || this.pos >= this.chars.length || this.atAlternation() || this.atGroupClose()) {
        return { type: 'assert', assertion: 'eol' };
      }
      return literal(c);
    }
    if (c === '*' && (atBranchStart || Parser.onlyAnchors(before))) {
      // BRE: a leading `*` is literal. ERE: GNU repeats the empty string (a no-op) and warns.
      if (!this.extended) return literal(c);
      this.warnings.push('* at start of expression');
      return { type: 'empty' };
    }
    if (this.extended) {
      if (c === '(') return this.parseGroup();
      if (c === ')' && this.depth === 0) return literal(c);
      if ((c === '+' || c === '?') && (atBranchStart || Parser.onlyAnchors(before))) {
        this.warnings.push(`${c} at start of expression`);
        return { type: 'empty' };
      }
      if (c === '{' && (atBranchStart || Parser.onlyAnchors(before))) {
        const interval = this.tryExtendedInterval();
        if (interval === undefined) return literal(c);
        this.warnings.push('{...} at start of expression');
        return { type: 'empty' };
      }
    }
    if (c === '\\') return this.parseEscape();
    return literal(c);
  }

  private parseGroup(): RegexNode {
    if (this.depth >= MAX_NESTING) throw new RegexSyntaxError(RegexMessages.tooBig);
    this.depth += 1;
    this.groups += 1;
    const node = this.parseAlternation();
    const closed = this.extended ? this.peek() === ')' : this.peek() === '\\' && this.peek(1) === ')';
    if (!closed) throw new RegexSyntaxError(RegexMessages.unmatchedOpen);
    this.pos += this.extended ? 1 : 2;
    this.depth -= 1;
    return node;
  }

  private parseEscape(): RegexNode {
    const c = this.peek();
    if (c === undefined) throw new RegexSyntaxError(RegexMessages.trailingBackslash);
    this.pos += 1;
    if (!this.extended) {
      if (c === '(') return this.parseGroup();
      if (c === '{') return literal('{'); // only reached at the start of an expression
    }
    if (c >= '1' && c <= '9') {
      throw new RegexSyntaxError(Number(c) > this.groups ? RegexMessages.invalidBackReference : RegexMessages.backReference);
    }
    switch (c) {
      case '<': return { type: 'assert', assertion: 'word-start' };
      case '>': return { type: 'assert', assertion: 'word-end' };
      case 'b': return { type: 'assert', assertion: 'word-boundary' };
      case 'B': return { type: 'assert', assertion: 'not-word-boundary' };
      case '`': return { type: 'assert', assertion: 'bol' };
      case "'": return { type: 'assert', assertion: 'eol' };
      case 'w': return bracket(false, [{ kind: 'class', name: 'alnum' }, { kind: 'range', from: '_', to: '_' }]);
      case 'W': return bracket(true, [{ kind: 'class', name: 'alnum' }, { kind: 'range', from: '_', to: '_' }]);
      case 's': return bracket(false, [{ kind: 'class', name: 'space' }]);
      case 'S': return bracket(true, [{ kind: 'class', name: 'space' }]);
      default: {
        const awk = this.options.awkEscapes === true ? AWK_ESCAPES[c] : undefined;
        return literal(awk ?? c);
      }
    }
  }

  private parseQuantifiers(atom: RegexNode): RegexNode {
    let node = atom;
    /** Repetitions wrapped around the atom so far (a folded `**` adds none). */
    let stacked = 0;
    const wrap = (next: RegexNode): void => {
      if (next.type === 'repeat' && next.node === node) stacked += 1;
      if (stacked > MAX_NESTING) throw new RegexSyntaxError(RegexMessages.tooBig);
      node = next;
    };
    for (;;) {
      const c = this.peek();
      if (c === '*') {
        this.pos += 1;
        wrap(repeatOf(node, 0, undefined));
      } else if (this.extended && (c === '+' || c === '?')) {
        this.pos += 1;
        wrap(repeatOf(node, c === '+' ? 1 : 0, c === '+' ? undefined : 1));
      } else if (!this.extended && c === '\\' && (this.peek(1) === '+' || this.peek(1) === '?')) {
        const plus = this.peek(1) === '+';
        this.pos += 2;
        wrap(repeatOf(node, plus ? 1 : 0, plus ? undefined : 1));
      } else if (this.extended && c === '{') {
        const start = this.pos;
        this.pos += 1;
        const interval = this.tryExtendedInterval();
        if (interval === undefined) {
          this.pos = start;
          return node;
        }
        wrap({ type: 'repeat', node, ...interval });
      } else if (!this.extended && c === '\\' && this.peek(1) === '{') {
        this.pos += 2;
        wrap({ type: 'repeat', node, ...this.basicInterval() });
      } else {
        return node;
      }
    }
  }

  /** Reads `m,n}` after an ERE `{`; `undefined` (position unchanged) when it is not an interval. */
  private tryExtendedInterval(): { min: number; max: number | undefined } | undefined {
    const rest = this.chars.slice(this.pos, this.pos + 32).join('');
    const m = /^(\d*)(,(\d*))?\}/.exec(rest);
    if (m === null || (m[1] === '' && m[2] === undefined)) return undefined;
    this.pos += Array.from(m[0]).length;
    return checkedInterval(m[1] ?? '', m[2] !== undefined, m[3] ?? '');
  }

  /** Reads `m,n\}` after a BRE `\{`, which must be well formed. */
  private basicInterval(): { min: number; max: number | undefined } {
    // Only up to the first `\}`: joining the whole rest for every `\{` would make a
    // pattern of many intervals quadratic.
    let close = this.pos;
    while (close < this.chars.length && !(this.chars[close] === '\\' && this.chars[close + 1] === '}')) close += 1;
    if (close >= this.chars.length) throw new RegexSyntaxError(RegexMessages.unmatchedBrace);
    const rest = this.chars.slice(this.pos, close + 2).join('');
    const m = /^(\d*)(,(\d*))?\\\}/.exec(rest);
    if (m === null || (m[1] === '' && m[2] === undefined)) throw new RegexSyntaxError(RegexMessages.badInterval);
    this.pos += Array.from(m[0]).length;
    return checkedInterval(m[1] ?? '', m[2] !== undefined, m[3] ?? '');
  }

  private parseBracket(): CharMatcher {
    const items: BracketItem[] = [];
    let negated = false;
    if (this.peek() === '^') {
      negated = true;
      this.pos += 1;
    }
    const openedAt = this.pos;
    // `[:alpha:]` written without the outer brackets is a classic mistake GNU grep names.
    // A short window is enough for `[:xdigit:]`; the whole rest per bracket would be quadratic.
    const whole = this.chars.slice(openedAt - 1, openedAt + 16).join('');
    const misuse = /^\[?:([a-z]+):\]/.exec(negated ? whole.slice(1) : whole);
    if (!negated && misuse !== null && CLASS_NAMES.has(misuse[1] ?? '')) {
      throw new RegexSyntaxError(RegexMessages.classSyntax(misuse[1] ?? ''));
    }
    let first = true;
    for (;;) {
      const c = this.peek();
      if (c === undefined) throw new RegexSyntaxError(RegexMessages.unmatchedBracket);
      if (c === ']' && !first) {
        this.pos += 1;
        return { kind: 'bracket', negated, items };
      }
      first = false;
      if (c === '[' && this.peek(1) === ':') {
        const name = this.readBracketTerm(':');
        if (!CLASS_NAMES.has(name)) throw new RegexSyntaxError(RegexMessages.className);
        items.push({ kind: 'class', name: name as CharClassName });
        continue;
      }
      const from = this.readBracketChar();
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== undefined) {
        this.pos += 1;
        const to = this.readBracketChar();
        if ((to.codePointAt(0) ?? 0) < (from.codePointAt(0) ?? 0)) throw new RegexSyntaxError(RegexMessages.rangeEnd);
        items.push({ kind: 'range', from, to });
      } else {
        items.push({ kind: 'range', from, to: from });
      }
    }
  }

  /** One character of a bracket, including `[.c.]` and `[=c=]`; backslash is literal here. */
  private readBracketChar(): string {
    if (this.peek() === '[' && (this.peek(1) === '.' || this.peek(1) === '=')) {
      const term = this.readBracketTerm(this.peek(1) ?? '.');
      if (Array.from(term).length !== 1) throw new RegexSyntaxError(RegexMessages.collation);
      return term;
    }
    const c = this.peek() ?? '';
    this.pos += 1;
    return c;
  }

  /** Reads `[Xname X]` (X one of `: . =`) and returns `name`. */
  private readBracketTerm(delimiter: string): string {
    const start = this.pos + 2;
    for (let j = start; j + 1 < this.chars.length; j += 1) {
      if (this.chars[j] === delimiter && this.chars[j + 1] === ']') {
        this.pos = j + 2;
        return this.chars.slice(start, j).join('');
      }
    }
    throw new RegexSyntaxError(RegexMessages.unmatchedBracket);
  }
}

const bracket = (negated: boolean, items: readonly BracketItem[]): RegexNode => ({
  type: 'char',
  matcher: { kind: 'bracket', negated, items },
});

const checkedInterval = (low: string, comma: boolean, high: string): { min: number; max: number | undefined } => {
  const min = low === '' ? 0 : Number(low);
  const max = comma ? (high === '' ? undefined : Number(high)) : min;
  if (min > DUP_MAX || (max !== undefined && max > DUP_MAX)) throw new RegexSyntaxError(RegexMessages.tooBig);
  if (max !== undefined && max < min) throw new RegexSyntaxError(RegexMessages.badInterval);
  return { min, max };
};

/**
 * `node` repeated `min`…`max` times. A `*`, `+` or `?` on a node that already is a `*`,
 * `+` or `?` folds into one repetition of the same language (`(x*)*` is `x*`, `(x+)?` is
 * `x*`), so `a*****…` stays one level deep however many stars it has.
 */
const repeatOf = (node: RegexNode, min: number, max: number | undefined): RegexNode => {
  const simple = (m: number, n: number | undefined): boolean => (m === 0 && (n === undefined || n === 1)) || (m === 1 && n === undefined);
  if (node.type === 'repeat' && simple(node.min, node.max) && simple(min, max)) {
    return { type: 'repeat', node: node.node, min: Math.min(node.min, min), max: node.max === undefined || max === undefined ? undefined : 1 };
  }
  return { type: 'repeat', node, min, max };
};
