import type { Item, ItemType } from './token.js';
import { KEYWORDS } from './token.js';
import { goQuote } from './go-quote.js';

/**
 * A port of Go's `text/template/parse` lexer (Go 1.22+ behaviour: actions may span lines,
 * `break`/`continue` are keywords, `{{- ` / ` -}}` trim markers, comments dropped).
 * Items are produced lazily, as in Go, so a parse error earlier in the input wins over a
 * lexical error later on.
 */

const EOF = -1;
const LEFT_DELIM = '{{';
const RIGHT_DELIM = '}}';
const LEFT_COMMENT = '/*';
const RIGHT_COMMENT = '*/';
const TRIM_MARKER_LEN = 2;

function isSpace(r: number): boolean {
  return r === 0x20 || r === 0x09 || r === 0x0d || r === 0x0a;
}

const letterOrDigit = /^[\p{L}\p{Nd}_]$/u;

function isAlphaNumeric(r: number): boolean {
  return r >= 0 && letterOrDigit.test(String.fromCodePoint(r));
}

function isPrintableAscii(r: number): boolean {
  return r >= 0x20 && r < 0x7f;
}

/** `%#U`: `U+0041 'A'`. */
export function formatRuneU(r: number): string {
  const hex = r.toString(16).toUpperCase().padStart(4, '0');
  const printable = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u.test(String.fromCodePoint(r));
  return printable ? `U+${hex} '${String.fromCodePoint(r)}'` : `U+${hex}`;
}

function hasLeftTrimMarker(s: string, i: number): boolean {
  return s[i] === '-' && isSpace(s.charCodeAt(i + 1));
}

function hasRightTrimMarker(s: string, i: number): boolean {
  return isSpace(s.charCodeAt(i)) && s[i + 1] === '-';
}

function countNewlines(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (s.charCodeAt(i) === 0x0a) n++;
  return n;
}

type StateFn = ((l: Lexer) => StateFn) | null;

/** Options that change what the lexer emits. */
export interface LexOptions {
  /** Whether `break` is a keyword (Go: unless a function named `break` exists). */
  readonly breakOK: boolean;
  readonly continueOK: boolean;
}

export class Lexer {
  private input: string;
  private pos = 0;
  private start = 0;
  private atEOF = false;
  private item: Item;
  private parenDepth = 0;
  private line = 1;
  private startLine = 1;
  private insideAction = false;

  constructor(
    input: string,
    private readonly options: LexOptions,
  ) {
    this.input = input;
    this.item = { type: 'eof', pos: 0, val: 'EOF', line: 1 };
  }

  /** The next item; after an error or EOF, EOF forever. */
  nextItem(): Item {
    this.item = { type: 'eof', pos: this.pos, val: 'EOF', line: this.startLine };
    let state: StateFn = this.insideAction ? lexInsideAction : lexText;
    while (state !== null) state = state(this);
    return this.item;
  }

  // --- primitives -------------------------------------------------------

  next(): number {
    if (this.pos >= this.input.length) {
      this.atEOF = true;
      return EOF;
    }
    this.atEOF = false;
    const r = this.input.codePointAt(this.pos) ?? EOF;
    this.pos += r > 0xffff ? 2 : 1;
    if (r === 0x0a) this.line++;
    return r;
  }

  peek(): number {
    const r = this.next();
    this.backup();
    return r;
  }

  /** Steps back over the last rune read (Go decodes it again rather than remembering). */
  backup(): void {
    if (this.atEOF || this.pos <= 0) return;
    const lo = this.input.charCodeAt(this.pos - 1);
    const hi = this.pos >= 2 ? this.input.charCodeAt(this.pos - 2) : 0;
    const pair = lo >= 0xdc00 && lo <= 0xdfff && hi >= 0xd800 && hi <= 0xdbff;
    this.pos -= pair ? 2 : 1;
    if (lo === 0x0a) this.line--;
  }

  thisItem(type: ItemType): Item {
    const i: Item = { type, pos: this.start, val: this.input.slice(this.start, this.pos), line: this.startLine };
    this.start = this.pos;
    this.startLine = this.line;
    return i;
  }

  emit(type: ItemType): StateFn {
    return this.emitItem(this.thisItem(type));
  }

  emitItem(i: Item): StateFn {
    this.item = i;
    return null;
  }

  ignore(): void {
    this.line += countNewlines(this.input, this.start, this.pos);
    this.start = this.pos;
    this.startLine = this.line;
  }

  accept(valid: string): boolean {
    const r = this.next();
    if (r !== EOF && valid.includes(String.fromCodePoint(r))) return true;
    this.backup();
    return false;
  }

  acceptRun(valid: string): void {
    for (;;) {
      const r = this.next();
      if (r === EOF || !valid.includes(String.fromCodePoint(r))) break;
    }
    this.backup();
  }

  errorf(message: string): StateFn {
    this.item = { type: 'error', pos: this.start, val: message, line: this.startLine };
    this.start = 0;
    this.pos = 0;
    this.input = '';
    return null;
  }

  atRightDelim(): { delim: boolean; trimSpaces: boolean } {
    if (hasRightTrimMarker(this.input, this.pos) && this.input.startsWith(RIGHT_DELIM, this.pos + TRIM_MARKER_LEN)) {
      return { delim: true, trimSpaces: true };
    }
    if (this.input.startsWith(RIGHT_DELIM, this.pos)) return { delim: true, trimSpaces: false };
    return { delim: false, trimSpaces: false };
  }

  atTerminator(): boolean {
    const r = this.peek();
    if (isSpace(r)) return true;
    switch (r) {
      case EOF:
      case 0x2e: // .
      case 0x2c: // ,
      case 0x7c: // |
      case 0x3a: // :
      case 0x29: // )
      case 0x28: // (
        return true;
    }
    // Go only checks whether r starts the right delimiter, so "{{.ID}" reaches the parser
    // and is reported as `unexpected "}" in operand`.
    return r === RIGHT_DELIM.codePointAt(0);
  }

  scanNumber(): boolean {
    this.accept('+-');
    let digits = '0123456789_';
    if (this.accept('0')) {
      if (this.accept('xX')) digits = '0123456789abcdefABCDEF_';
      else if (this.accept('oO')) digits = '01234567_';
      else if (this.accept('bB')) digits = '01_';
    }
    this.acceptRun(digits);
    if (this.accept('.')) this.acceptRun(digits);
    if (digits.length === 11 && this.accept('eE')) {
      this.accept('+-');
      this.acceptRun('0123456789_');
    }
    if (digits.length === 23 && this.accept('pP')) {
      this.accept('+-');
      this.acceptRun('0123456789_');
    }
    this.accept('i');
    if (isAlphaNumeric(this.peek())) {
      this.next();
      return false;
    }
    return true;
  }

  // --- state accessors used by the state functions ----------------------

  get src(): string {
    return this.input;
  }
  get cursor(): number {
    return this.pos;
  }
  set cursor(p: number) {
    this.pos = p;
  }
  get itemStart(): number {
    return this.start;
  }
  addLines(n: number): void {
    this.line += n;
  }
  setInsideAction(v: boolean): void {
    this.insideAction = v;
  }
  get parens(): number {
    return this.parenDepth;
  }
  set parens(n: number) {
    this.parenDepth = n;
  }
  get opts(): LexOptions {
    return this.options;
  }
}

function rightTrimLength(s: string): number {
  let n = 0;
  while (n < s.length && isSpace(s.charCodeAt(s.length - 1 - n))) n++;
  return n;
}

function leftTrimLength(s: string, from: number): number {
  let i = from;
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i - from;
}

function lexText(l: Lexer): StateFn {
  const x = l.src.indexOf(LEFT_DELIM, l.cursor);
  if (x >= 0) {
    if (x > l.cursor) {
      l.cursor = x;
      let trimLength = 0;
      const delimEnd = l.cursor + LEFT_DELIM.length;
      if (hasLeftTrimMarker(l.src, delimEnd)) trimLength = rightTrimLength(l.src.slice(l.itemStart, l.cursor));
      l.cursor -= trimLength;
      l.addLines(countNewlines(l.src, l.itemStart, l.cursor));
      const i = l.thisItem('text');
      l.cursor += trimLength;
      l.ignore();
      if (i.val.length > 0) return l.emitItem(i);
    }
    return lexLeftDelim;
  }
  l.cursor = l.src.length;
  if (l.cursor > l.itemStart) {
    l.addLines(countNewlines(l.src, l.itemStart, l.cursor));
    return l.emit('text');
  }
  return l.emit('eof');
}

function lexLeftDelim(l: Lexer): StateFn {
  l.cursor += LEFT_DELIM.length;
  const trimSpace = hasLeftTrimMarker(l.src, l.cursor);
  const afterMarker = trimSpace ? TRIM_MARKER_LEN : 0;
  if (l.src.startsWith(LEFT_COMMENT, l.cursor + afterMarker)) {
    l.cursor += afterMarker;
    l.ignore();
    return lexComment;
  }
  const i = l.thisItem('leftDelim');
  l.setInsideAction(true);
  l.cursor += afterMarker;
  l.ignore();
  l.parens = 0;
  return l.emitItem(i);
}

function lexComment(l: Lexer): StateFn {
  l.cursor += LEFT_COMMENT.length;
  const x = l.src.indexOf(RIGHT_COMMENT, l.cursor);
  if (x < 0) return l.errorf('unclosed comment');
  l.cursor = x + RIGHT_COMMENT.length;
  const { delim, trimSpaces } = l.atRightDelim();
  if (!delim) return l.errorf('comment ends before closing delimiter');
  l.addLines(countNewlines(l.src, l.itemStart, l.cursor));
  l.thisItem('comment');
  if (trimSpaces) l.cursor += TRIM_MARKER_LEN;
  l.cursor += RIGHT_DELIM.length;
  if (trimSpaces) l.cursor += leftTrimLength(l.src, l.cursor);
  l.ignore();
  // Comments are dropped unless Go's ParseComments mode is on, which Docker never sets.
  return lexText;
}

function lexRightDelim(l: Lexer): StateFn {
  const { trimSpaces } = l.atRightDelim();
  if (trimSpaces) {
    l.cursor += TRIM_MARKER_LEN;
    l.ignore();
  }
  l.cursor += RIGHT_DELIM.length;
  const i = l.thisItem('rightDelim');
  if (trimSpaces) {
    l.cursor += leftTrimLength(l.src, l.cursor);
    l.ignore();
  }
  l.setInsideAction(false);
  return l.emitItem(i);
}

function lexInsideAction(l: Lexer): StateFn {
  const { delim } = l.atRightDelim();
  if (delim) {
    if (l.parens === 0) return lexRightDelim;
    return l.errorf('unclosed left paren');
  }
  const r = l.next();
  if (r === EOF) return l.errorf('unclosed action');
  if (isSpace(r)) {
    l.backup();
    return lexSpace;
  }
  switch (r) {
    case 0x3d: // =
      return l.emit('assign');
    case 0x3a: // :
      if (l.next() !== 0x3d) return l.errorf('expected :=');
      return l.emit('declare');
    case 0x7c: // |
      return l.emit('pipe');
    case 0x22: // "
      return lexQuote;
    case 0x60: // `
      return lexRawQuote;
    case 0x24: // $
      return lexVariable;
    case 0x27: // '
      return lexChar;
    case 0x28: // (
      l.parens = l.parens + 1;
      return l.emit('leftParen');
    case 0x29: // )
      l.parens = l.parens - 1;
      if (l.parens < 0) return l.errorf('unexpected right paren');
      return l.emit('rightParen');
  }
  if (r === 0x2e) {
    // ".field", or "." starting a number such as ".5".
    const c = l.src.charCodeAt(l.cursor);
    if (l.cursor < l.src.length && (c < 0x30 || c > 0x39)) return lexField;
    l.backup();
    return lexNumber;
  }
  if (r === 0x2b || r === 0x2d || (r >= 0x30 && r <= 0x39)) {
    l.backup();
    return lexNumber;
  }
  if (isAlphaNumeric(r)) {
    l.backup();
    return lexIdentifier;
  }
  if (isPrintableAscii(r)) return l.emit('char');
  return l.errorf(`unrecognized character in action: ${formatRuneU(r)}`);
}

function lexSpace(l: Lexer): StateFn {
  let numSpaces = 0;
  for (;;) {
    const r = l.peek();
    if (!isSpace(r)) break;
    l.next();
    numSpaces++;
  }
  // A space may belong to a trim-marked closing delimiter " -}}".
  if (hasRightTrimMarker(l.src, l.cursor - 1) && l.src.startsWith(RIGHT_DELIM, l.cursor - 1 + TRIM_MARKER_LEN)) {
    l.backup();
    if (numSpaces === 1) return lexRightDelim;
  }
  return l.emit('space');
}

function lexIdentifier(l: Lexer): StateFn {
  for (;;) {
    const r = l.next();
    if (isAlphaNumeric(r)) continue;
    l.backup();
    const word = l.src.slice(l.itemStart, l.cursor);
    if (!l.atTerminator()) return l.errorf(`bad character ${formatRuneU(r)}`);
    const kw = KEYWORDS.get(word);
    if (kw !== undefined && kw !== 'dot') {
      if ((kw === 'break' && !l.opts.breakOK) || (kw === 'continue' && !l.opts.continueOK)) {
        return l.emit('identifier');
      }
      return l.emit(kw);
    }
    if (word === 'true' || word === 'false') return l.emit('bool');
    return l.emit('identifier');
  }
}

function lexField(l: Lexer): StateFn {
  return lexFieldOrVariable(l, 'field');
}

function lexVariable(l: Lexer): StateFn {
  if (l.atTerminator()) return l.emit('variable');
  return lexFieldOrVariable(l, 'variable');
}

function lexFieldOrVariable(l: Lexer, type: 'field' | 'variable'): StateFn {
  if (l.atTerminator()) return l.emit(type === 'variable' ? 'variable' : 'dot');
  let r: number;
  for (;;) {
    r = l.next();
    if (!isAlphaNumeric(r)) {
      l.backup();
      break;
    }
  }
  if (!l.atTerminator()) return l.errorf(`bad character ${formatRuneU(r)}`);
  return l.emit(type);
}

function lexChar(l: Lexer): StateFn {
  for (;;) {
    let r = l.next();
    if (r === 0x5c) {
      r = l.next();
      if (r !== EOF && r !== 0x0a) continue;
      return l.errorf('unterminated character constant');
    }
    if (r === EOF || r === 0x0a) return l.errorf('unterminated character constant');
    if (r === 0x27) break;
  }
  return l.emit('charConstant');
}

function lexNumber(l: Lexer): StateFn {
  if (!l.scanNumber()) return l.errorf(`bad number syntax: ${goQuote(l.src.slice(l.itemStart, l.cursor))}`);
  const sign = l.peek();
  if (sign === 0x2b || sign === 0x2d) {
    if (!l.scanNumber() || l.src[l.cursor - 1] !== 'i') {
      return l.errorf(`bad number syntax: ${goQuote(l.src.slice(l.itemStart, l.cursor))}`);
    }
    return l.emit('complex');
  }
  return l.emit('number');
}

function lexQuote(l: Lexer): StateFn {
  for (;;) {
    let r = l.next();
    if (r === 0x5c) {
      r = l.next();
      if (r !== EOF && r !== 0x0a) continue;
      return l.errorf('unterminated quoted string');
    }
    if (r === EOF || r === 0x0a) return l.errorf('unterminated quoted string');
    if (r === 0x22) break;
  }
  return l.emit('string');
}

function lexRawQuote(l: Lexer): StateFn {
  for (;;) {
    const r = l.next();
    if (r === EOF) return l.errorf('unterminated raw quoted string');
    if (r === 0x60) break;
  }
  return l.emit('rawString');
}
