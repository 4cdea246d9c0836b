import * as E from 'fp-ts/lib/Either.js';
import { getopt, type LongOption, type OptionTable } from '../getopt.js';
import { usageError, type FilterResult } from '../filter-result.js';

/** grep's settings after reading its arguments. */
export interface GrepSettings {
  readonly syntax: 'basic' | 'extended' | 'fixed';
  readonly patterns: readonly string[];
  readonly files: readonly string[];
  readonly ignoreCase: boolean;
  readonly invert: boolean;
  readonly count: boolean;
  readonly onlyMatching: boolean;
  readonly wordRegexp: boolean;
  readonly lineRegexp: boolean;
  readonly lineNumber: boolean;
  readonly quiet: boolean;
  readonly noMessages: boolean;
  readonly filesWithMatches: boolean;
  readonly filesWithoutMatch: boolean;
  readonly withFilename: boolean | undefined;
  readonly maxCount: number | undefined;
  readonly after: number;
  readonly before: number;
  readonly help: boolean;
}

/** GNU grep's usage line, printed before `Try 'grep --help' …` on a usage error. */
export const GREP_USAGE = 'Usage: grep [OPTION]... PATTERNS [FILE]...';

const long = (name: string, argument: LongOption['argument'], key: string): LongOption => ({ name, argument, key });

/** Every option GNU grep 3.x knows, in its own table order, so errors read as GNU's. */
const TABLE: OptionTable = {
  short: '0123456789A:B:C:D:EFGHIPTUVX:abcd:e:f:hiLlm:noqRrsuvwxyZz',
  long: [
    long('basic-regexp', 'none', 'G'),
    long('extended-regexp', 'none', 'E'),
    long('fixed-regexp', 'none', 'F'),
    long('fixed-strings', 'none', 'F'),
    long('perl-regexp', 'none', 'P'),
    long('after-context', 'required', 'A'),
    long('before-context', 'required', 'B'),
    long('binary-files', 'required', 'binary-files'),
    long('byte-offset', 'none', 'b'),
    long('context', 'required', 'C'),
    long('color', 'optional', 'color'),
    long('colour', 'optional', 'color'),
    long('count', 'none', 'c'),
    long('devices', 'required', 'D'),
    long('directories', 'required', 'd'),
    long('dereference-recursive', 'none', 'R'),
    long('exclude', 'required', 'exclude'),
    long('exclude-from', 'required', 'exclude-from'),
    long('exclude-dir', 'required', 'exclude-dir'),
    long('file', 'required', 'f'),
    long('files-with-matches', 'none', 'l'),
    long('files-without-match', 'none', 'L'),
    long('group-separator', 'required', 'group-separator'),
    long('help', 'none', 'help'),
    long('include', 'required', 'include'),
    long('ignore-case', 'none', 'i'),
    long('no-ignore-case', 'none', 'no-ignore-case'),
    long('initial-tab', 'none', 'T'),
    long('label', 'required', 'label'),
    long('line-buffered', 'none', 'line-buffered'),
    long('line-number', 'none', 'n'),
    long('line-regexp', 'none', 'x'),
    long('max-count', 'required', 'm'),
    long('no-filename', 'none', 'h'),
    long('no-group-separator', 'none', 'no-group-separator'),
    long('no-messages', 'none', 's'),
    long('null', 'none', 'Z'),
    long('null-data', 'none', 'z'),
    long('only-matching', 'none', 'o'),
    long('quiet', 'none', 'q'),
    long('recursive', 'none', 'r'),
    long('regexp', 'required', 'e'),
    long('invert-match', 'none', 'v'),
    long('silent', 'none', 'q'),
    long('text', 'none', 'a'),
    long('binary', 'none', 'U'),
    long('unix-byte-offsets', 'none', 'u'),
    long('version', 'none', 'V'),
    long('with-filename', 'none', 'H'),
    long('word-regexp', 'none', 'w'),
  ],
};

/** Options that change nothing for text read from a pipe. */
const HARMLESS = new Set(['a', 'U', 'u', 'line-buffered', 'binary-files', 'D', 'd', 'exclude', 'exclude-from', 'exclude-dir', 'include']);

const usage = (message: string | undefined): FilterResult => usageError('grep', message, 2, [GREP_USAGE]);

/** grep's own check of a context length (`-A x` → `grep: x: invalid context length argument`). */
const contextLength = (value: string): number | undefined => (/^[0-9]+$/.test(value) ? Number(value) : undefined);

/**
 * Reads grep's arguments. A Left is the complete, GNU-worded failure to print (exit 2):
 * an unknown option, a missing pattern, a bad number — or an option GNU has but docknet
 * does not simulate (`-P`, `-r`, `-f`, …), named as such.
 */
export const readGrepArguments = (args: readonly string[]): E.Either<FilterResult, GrepSettings> => {
  const parsed = getopt(args, TABLE);
  if (E.isLeft(parsed)) return E.left(usage(parsed.left));
  let syntax: GrepSettings['syntax'] = 'basic';
  const patterns: string[] = [];
  let patternGiven = false;
  const flags = new Set<string>();
  let ignoreCase = false;
  let maxCount: number | undefined;
  let after = 0;
  let before = 0;
  let digits: string | undefined;
  let withFilename: boolean | undefined;
  let unsupported: string | undefined;
  for (const { key, value } of parsed.right.options) {
    if (/^[0-9]$/.test(key)) {
      // -NUM is --context=NUM; consecutive digits build one number (-12).
      digits = (digits ?? '') + key;
      after = before = Number(digits);
      continue;
    }
    digits = undefined;
    switch (key) {
      case 'G': syntax = 'basic'; break;
      case 'E': syntax = 'extended'; break;
      case 'F': syntax = 'fixed'; break;
      case 'e':
        for (const p of (value ?? '').split('\n')) patterns.push(p);
        patternGiven = true;
        break;
      case 'i': case 'y': ignoreCase = true; break;
      case 'no-ignore-case': ignoreCase = false; break;
      case 'A': case 'B': case 'C': {
        const n = contextLength(value ?? '');
        if (n === undefined) return E.left({ stdout: '', stderr: `grep: ${value ?? ''}: invalid context length argument\n`, exit: 2 });
        if (key !== 'B') after = n;
        if (key !== 'A') before = n;
        break;
      }
      case 'm': {
        const n = /^-?[0-9]+$/.test(value ?? '') ? Number(value) : undefined;
        if (n === undefined) return E.left({ stdout: '', stderr: 'grep: invalid max count\n', exit: 2 });
        maxCount = n < 0 ? undefined : n;
        break;
      }
      case 'H': withFilename = true; break;
      case 'h': withFilename = false; break;
      case 'color': break; // Output is never a terminal here, so --color=auto prints no colour.
      case 'help': flags.add('help'); break;
      default:
        if ('vcownxqsLl'.includes(key)) flags.add(key);
        else if (!HARMLESS.has(key)) {
          unsupported ??= key.length === 1 ? `-${key}` : `--${key}`;
        }
    }
  }
  const operands = [...parsed.right.operands];
  if (flags.has('help')) return E.right(settings());
  if (!patternGiven) {
    const first = operands.shift();
    if (first === undefined) return E.left(usage(undefined));
    for (const p of first.split('\n')) patterns.push(p);
  }
  // Reported after the pattern check, in the order GNU would complain.
  if (unsupported !== undefined) {
    return E.left({ stdout: '', stderr: `grep: option ${unsupported} is not supported by docknet\n`, exit: 2 });
  }
  return E.right(settings());

  function settings(): GrepSettings {
    return {
      syntax,
      patterns,
      files: operands,
      ignoreCase,
      invert: flags.has('v'),
      count: flags.has('c'),
      onlyMatching: flags.has('o'),
      wordRegexp: flags.has('w'),
      lineRegexp: flags.has('x'),
      lineNumber: flags.has('n'),
      quiet: flags.has('q'),
      noMessages: flags.has('s'),
      filesWithMatches: flags.has('l'),
      filesWithoutMatch: flags.has('L'),
      withFilename,
      maxCount,
      after,
      before,
      help: flags.has('help'),
    };
  }
};
