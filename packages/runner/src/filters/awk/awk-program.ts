import * as E from 'fp-ts/lib/Either.js';
import { compilePosixRegex, type PosixRegex } from '../regex/posix-regex.js';

/** A value an awk expression can name. */
export type AwkTerm =
  | { readonly kind: 'field'; readonly index: number }
  | { readonly kind: 'last-field'; readonly minus: number }
  | { readonly kind: 'NR' }
  | { readonly kind: 'NF' }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number };

/** Terms written side by side concatenate (`$1 ":" $2`). */
export type AwkExpression = readonly AwkTerm[];

/** A comparison operator of a pattern. */
export type AwkComparison = '==' | '!=' | '<' | '<=' | '>' | '>=';

/** When a rule runs. */
export type AwkPattern =
  | { readonly kind: 'always' }
  | { readonly kind: 'compare'; readonly left: AwkTerm; readonly op: AwkComparison; readonly right: AwkTerm }
  | { readonly kind: 'match'; readonly subject: AwkTerm; readonly regex: PosixRegex; readonly negated: boolean };

/** What a rule does: `print` items (none = the whole record, as `print` alone), or nothing (`{}`). */
export type AwkAction = { readonly kind: 'print'; readonly items: readonly AwkExpression[] } | { readonly kind: 'nothing' };

/** The one rule docknet's awk runs: `[PATTERN] [{print EXPR, …}]`. */
export interface AwkProgram {
  readonly pattern: AwkPattern;
  readonly action: AwkAction;
}

/** A pattern before its regex is compiled. */
type ParsedPattern =
  | Exclude<AwkPattern, { kind: 'match' }>
  | { readonly kind: 'regex'; readonly negated: boolean; readonly subject: AwkTerm; readonly source: string };

/** The message for a program outside the supported shape (awk exits 2 on it). */
export const AWK_SUPPORTED =
  "docknet's awk runs one rule: [PATTERN] [{print EXPR, …}] — EXPR: $N, $NF, $(NF-N), NR, NF, \"text\", numbers; " +
  'PATTERN: /regex/, !/regex/, $N ~ /regex/, or NR, NF, $N compared (== != < <= > >=) with a number or "text"';

type Token =
  | { readonly t: 'punct'; readonly v: string }
  | { readonly t: 'number'; readonly v: number }
  | { readonly t: 'string'; readonly v: string }
  | { readonly t: 'regex'; readonly v: string }
  | { readonly t: 'word'; readonly v: string };

const STRING_ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', '\\': '\\', '"': '"', '/': '/', a: '\x07', b: '\b', f: '\f', v: '\v' };

/** Splits the program text; `/` starts a regex wherever an operand is expected. */
const tokenize = (text: string): Token[] | undefined => {
  const tokens: Token[] = [];
  let i = 0;
  const operandExpected = (): boolean => {
    const last = tokens[tokens.length - 1];
    return last === undefined || (last.t === 'punct' && !['$', ')'].includes(last.v));
  };
  while (i < text.length) {
    const c = text[i] ?? '';
    if (/\s/.test(c)) {
      i += 1;
    } else if (c === '"') {
      let value = '';
      let j = i + 1;
      for (; j < text.length && text[j] !== '"'; j += 1) {
        if (text[j] === '\\' && j + 1 < text.length) {
          j += 1;
          const e = text[j] ?? '';
          value += STRING_ESCAPES[e] ?? `\\${e}`;
        } else value += text[j];
      }
      if (j >= text.length) return undefined;
      tokens.push({ t: 'string', v: value });
      i = j + 1;
    } else if (c === '/' && operandExpected()) {
      let j = i + 1;
      let inBracket = false;
      for (; j < text.length; j += 1) {
        const d = text[j];
        if (d === '\\') j += 1;
        else if (d === '[') inBracket = true;
        else if (d === ']') inBracket = false;
        else if (d === '/' && !inBracket) break;
      }
      if (j >= text.length) return undefined;
      tokens.push({ t: 'regex', v: text.slice(i + 1, j) });
      i = j + 1;
    } else if (/[0-9.]/.test(c)) {
      const m = /^(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?/.exec(text.slice(i));
      if (m === null) return undefined;
      tokens.push({ t: 'number', v: Number(m[0]) });
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i));
      const word = m?.[0] ?? c;
      tokens.push({ t: 'word', v: word });
      i += word.length;
    } else {
      const op = /^(?:==|!=|<=|>=|!~|&&|\|\||[{}();,$<>~!+\-*])/.exec(text.slice(i))?.[0];
      if (op === undefined) return undefined;
      tokens.push({ t: 'punct', v: op });
      i += op.length;
    }
  }
  return tokens;
};

/** Recursive descent over the token list; `undefined` anywhere = unsupported program. */
class ProgramParser {
  private pos = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }
  private isPunct(v: string): boolean {
    const t = this.peek();
    return t?.t === 'punct' && t.v === v;
  }

  program(): { pattern: ParsedPattern; action: AwkAction } | undefined {
    const pattern: ParsedPattern | undefined = this.isPunct('{') ? { kind: 'always' } : this.pattern();
    if (pattern === undefined) return undefined;
    if (this.pos >= this.tokens.length) return { pattern, action: { kind: 'print', items: [] } };
    if (!this.isPunct('{')) return undefined;
    this.pos += 1;
    let action: AwkAction = { kind: 'nothing' };
    const word = this.peek();
    if (word?.t === 'word' && word.v === 'print') {
      this.pos += 1;
      const items = this.expressionList();
      if (items === undefined) return undefined;
      action = { kind: 'print', items };
    }
    while (this.isPunct(';')) this.pos += 1;
    if (!this.isPunct('}')) return undefined;
    this.pos += 1;
    while (this.isPunct(';')) this.pos += 1;
    return this.pos === this.tokens.length ? { pattern, action } : undefined;
  }

  private pattern(): ParsedPattern | undefined {
    const negated = this.isPunct('!');
    if (negated) this.pos += 1;
    const t = this.peek();
    if (t?.t === 'regex') {
      this.pos += 1;
      return { kind: 'regex', negated, subject: { kind: 'field', index: 0 }, source: t.v };
    }
    if (negated) return undefined;
    const left = this.term();
    if (left === undefined) return undefined;
    const op = this.peek();
    if (op?.t !== 'punct') return undefined;
    if (op.v === '~' || op.v === '!~') {
      this.pos += 1;
      const re = this.peek();
      if (re?.t !== 'regex' && re?.t !== 'string') return undefined;
      this.pos += 1;
      return { kind: 'regex', negated: op.v === '!~', subject: left, source: re.v };
    }
    if (!['==', '!=', '<', '<=', '>', '>='].includes(op.v)) return undefined;
    this.pos += 1;
    const right = this.term();
    if (right === undefined) return undefined;
    return { kind: 'compare', left, op: op.v as AwkComparison, right };
  }

  private expressionList(): AwkExpression[] | undefined {
    const list: AwkExpression[] = [];
    if (this.isPunct('}') || this.isPunct(';')) return list;
    for (;;) {
      const terms: AwkTerm[] = [];
      for (;;) {
        if (this.isPunct(',') || this.isPunct('}') || this.isPunct(';')) break;
        const term = this.term();
        if (term === undefined) return undefined;
        terms.push(term);
      }
      if (terms.length === 0) return undefined;
      list.push(terms);
      if (!this.isPunct(',')) return list;
      this.pos += 1;
    }
  }

  private term(): AwkTerm | undefined {
    const t = this.peek();
    if (t === undefined) return undefined;
    this.pos += 1;
    if (t.t === 'string') return { kind: 'string', value: t.v };
    if (t.t === 'number') return { kind: 'number', value: t.v };
    if (t.t === 'word' && t.v === 'NR') return { kind: 'NR' };
    if (t.t === 'word' && t.v === 'NF') return { kind: 'NF' };
    if (t.t !== 'punct' || t.v !== '$') return undefined;
    const next = this.peek();
    this.pos += 1;
    if (next?.t === 'number' && Number.isInteger(next.v)) return { kind: 'field', index: next.v };
    if (next?.t === 'word' && next.v === 'NF') return { kind: 'last-field', minus: 0 };
    if (next?.t === 'punct' && next.v === '(') {
      const inner = this.tokens.slice(this.pos, this.pos + 4);
      const [nf, minus, n, close] = inner;
      if (nf?.t === 'word' && nf.v === 'NF' && minus?.t === 'punct' && minus.v === '-' && n?.t === 'number' && close?.t === 'punct' && close.v === ')') {
        this.pos += 4;
        return { kind: 'last-field', minus: n.v };
      }
      if (nf?.t === 'word' && nf.v === 'NF' && minus?.t === 'punct' && minus.v === ')') {
        this.pos += 2;
        return { kind: 'last-field', minus: 0 };
      }
      if (nf?.t === 'number' && minus?.t === 'punct' && minus.v === ')') {
        this.pos += 2;
        return { kind: 'field', index: nf.v };
      }
    }
    return undefined;
  }
}

/**
 * Parses the awk programs tutorials pipe into (`'{print $2}'`, `'NR>1 {print $1}'`,
 * `'/web/ {print $NF}'`, `'$3 == "bridge" {print $2}'`). Anything else is a Left naming
 * the limit ({@link AWK_SUPPORTED}) — or a regex error.
 *
 * @example
 * parseAwkProgram('NR==2 {print $1, $NF}') // Right({ pattern: NR == 2, print: [[$1], [$NF]] })
 */
export const parseAwkProgram = (text: string): E.Either<string, AwkProgram> => {
  const tokens = tokenize(text);
  const parsed = tokens === undefined ? undefined : new ProgramParser(tokens).program();
  if (parsed === undefined) return E.left(`unsupported program: ${text}\nawk: ${AWK_SUPPORTED}`);
  const p = parsed.pattern;
  if (p.kind !== 'regex') return E.right({ pattern: p, action: parsed.action });
  const regex = compilePosixRegex([p.source], { syntax: 'extended', awkEscapes: true });
  if (E.isLeft(regex)) return E.left(`regular expression compile failed (${regex.left})\n${p.source}`);
  return E.right({ pattern: { kind: 'match', subject: p.subject, regex: regex.right, negated: p.negated }, action: parsed.action });
};
