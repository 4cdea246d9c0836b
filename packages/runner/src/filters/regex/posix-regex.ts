import * as E from 'fp-ts/lib/Either.js';
import { compileNfa, ProgramTooBig, type NfaProgram } from './nfa.js';
import { searchNfa, type MatchSpan } from './nfa-search.js';
import { parsePosixRegex, type RegexFlavor } from './parse-posix-regex.js';
import { literalString, type RegexNode } from './regex-node.js';

/** How to read and match the patterns of {@link compilePosixRegex}. */
export interface PosixRegexOptions {
  /** `basic` (BRE), `extended` (ERE) or `fixed` (grep -F: plain strings). */
  readonly syntax: RegexFlavor | 'fixed';
  readonly ignoreCase?: boolean;
  /** grep -w: a match must not touch a word character on either side. */
  readonly wholeWord?: boolean;
  /** grep -x: a match must span the whole line. */
  readonly wholeLine?: boolean;
  /** awk: `\t`, `\n`, `\/` … inside the regex stand for the character. */
  readonly awkEscapes?: boolean;
}

export type { MatchSpan };

/** A compiled pattern set, matched against one line at a time. */
export interface PosixRegex {
  /** Whether any pattern matches somewhere in `line`. */
  readonly test: (line: string) => boolean;
  /** Every non-empty leftmost-longest match, left to right, as grep -o prints them. */
  readonly matches: (line: string) => string[];
  /** The same matches as code-point offsets (awk splits records on them). */
  readonly spans: (line: string) => MatchSpan[];
  /** GNU grep's warnings about the patterns (`* at start of expression`), without prefix. */
  readonly warnings: readonly string[];
}

/**
 * Upper bound on pattern length, in characters. With the instruction bound of the NFA
 * (see nfa.ts) this keeps the cost of a search at O(line × pattern) with a small constant,
 * whatever the pattern: a linear-time automaton replaces JavaScript's backtracking RegExp,
 * whose worst case is exponential (`(a|a)*b`) and cannot be bounded deterministically.
 */
export const MAX_PATTERN_LENGTH = 10_000;

/**
 * Compiles one or more patterns (matched as alternatives, like grep's `-e P1 -e P2`) into
 * a linear-time matcher, or returns GNU grep's error message.
 *
 * @example
 * const re = compilePosixRegex(['ip\\(v4\\)\\?addr'], { syntax: 'basic', ignoreCase: true });
 * // Right(matcher); matcher.test('"IPAddress": "172.17.0.2"') === false
 */
export const compilePosixRegex = (patterns: readonly string[], options: PosixRegexOptions): E.Either<string, PosixRegex> => {
  const nodes: RegexNode[] = [];
  const warnings: string[] = [];
  for (const pattern of patterns) {
    if (pattern.length > MAX_PATTERN_LENGTH) return E.left('Regular expression too big');
    if (options.syntax === 'fixed') {
      nodes.push(literalString(pattern));
    } else {
      const parsed = parsePosixRegex(pattern, {
        flavor: options.syntax,
        ...(options.awkEscapes === true ? { awkEscapes: true } : {}),
      });
      if (E.isLeft(parsed)) return parsed;
      nodes.push(parsed.right.node);
      warnings.push(...parsed.right.warnings);
    }
  }
  let root: RegexNode = nodes.length === 1 ? (nodes[0] ?? { type: 'empty' }) : { type: 'alt', items: nodes };
  if (options.wholeWord === true) {
    root = { type: 'concat', items: [{ type: 'assert', assertion: 'not-word-before' }, root, { type: 'assert', assertion: 'not-word-after' }] };
  }
  if (options.wholeLine === true) {
    root = { type: 'concat', items: [{ type: 'assert', assertion: 'bol' }, root, { type: 'assert', assertion: 'eol' }] };
  }
  let program: NfaProgram;
  try {
    program = compileNfa(root, options.ignoreCase === true);
  } catch (error: unknown) {
    if (error instanceof ProgramTooBig) return E.left(error.message);
    throw error;
  }
  // An empty pattern list (grep -f /dev/null) matches nothing.
  if (nodes.length === 0) return E.right({ test: () => false, matches: () => [], spans: () => [], warnings });
  return E.right(matcherFor(program, warnings));
};

const spansIn = (program: NfaProgram, chars: readonly string[]): MatchSpan[] => {
  const found: MatchSpan[] = [];
  let from = 0;
  while (from <= chars.length) {
    const span = searchNfa(program, chars, from);
    if (span === undefined) break;
    if (span.end > span.start) found.push(span);
    from = span.end > span.start ? span.end : span.start + 1;
  }
  return found;
};

const matcherFor = (program: NfaProgram, warnings: readonly string[]): PosixRegex => ({
  warnings,
  test: (line) => searchNfa(program, Array.from(line), 0, true) !== undefined,
  matches: (line) => {
    const chars = Array.from(line);
    return spansIn(program, chars).map((span) => chars.slice(span.start, span.end).join(''));
  },
  spans: (line) => spansIn(program, Array.from(line)),
});
