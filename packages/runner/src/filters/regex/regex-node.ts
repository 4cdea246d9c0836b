/**
 * The syntax tree of a POSIX regular expression (BRE or ERE, with the GNU extensions grep
 * accepts), independent of how it was spelled.
 */
export type RegexNode =
  | { readonly type: 'empty' }
  | { readonly type: 'char'; readonly matcher: CharMatcher }
  | { readonly type: 'assert'; readonly assertion: Assertion }
  | { readonly type: 'concat'; readonly items: readonly RegexNode[] }
  | { readonly type: 'alt'; readonly items: readonly RegexNode[] }
  | { readonly type: 'repeat'; readonly node: RegexNode; readonly min: number; readonly max: number | undefined };

/** What one character position accepts. */
export type CharMatcher =
  | { readonly kind: 'literal'; readonly char: string }
  | { readonly kind: 'any' }
  | { readonly kind: 'bracket'; readonly negated: boolean; readonly items: readonly BracketItem[] };

/** One member of a bracket expression `[…]`. */
export type BracketItem =
  | { readonly kind: 'range'; readonly from: string; readonly to: string }
  | { readonly kind: 'class'; readonly name: CharClassName };

/** The POSIX character classes (`[[:alpha:]]`, …). */
export type CharClassName =
  | 'alpha' | 'digit' | 'alnum' | 'upper' | 'lower' | 'space'
  | 'blank' | 'punct' | 'print' | 'graph' | 'cntrl' | 'xdigit';

/**
 * Zero-width tests. `bol`/`eol` are `^`/`$` (a line is the whole subject, so they are also
 * GNU's `` \` `` and `\'`); `word-start`/`word-end` are `\<`/`\>`; `word-boundary`/
 * `not-word-boundary` are `\b`/`\B`; `not-word-before`/`not-word-after` implement grep -w.
 */
export type Assertion =
  | 'bol' | 'eol' | 'word-start' | 'word-end' | 'word-boundary' | 'not-word-boundary'
  | 'not-word-before' | 'not-word-after'
  // JavaScript's flavour (stdout_matches): `^`/`$` under the `m` flag, and `\b`/`\B`
  // whose word characters are ASCII `[A-Za-z0-9_]`.
  | 'line-start' | 'line-end' | 'js-word-boundary' | 'not-js-word-boundary';

/** Matches one character, so `[…]` and `.` and literals share one shape. */
export const literal = (char: string): RegexNode => ({ type: 'char', matcher: { kind: 'literal', char } });

/** A literal string as a concatenation of literal characters (grep -F). */
export const literalString = (text: string): RegexNode => ({ type: 'concat', items: Array.from(text, literal) });
