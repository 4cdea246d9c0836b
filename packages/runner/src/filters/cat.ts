import * as E from 'fp-ts/lib/Either.js';
import { ok, usageError, type FilterResult } from './filter-result.js';
import { getopt, type OptionTable } from './getopt.js';
import { splitLines } from './lines.js';

const TABLE: OptionTable = {
  short: 'AbeEnstTuv',
  long: [
    { name: 'show-all', argument: 'none', key: 'A' },
    { name: 'number-nonblank', argument: 'none', key: 'b' },
    { name: 'show-ends', argument: 'none', key: 'E' },
    { name: 'number', argument: 'none', key: 'n' },
    { name: 'squeeze-blank', argument: 'none', key: 's' },
    { name: 'show-tabs', argument: 'none', key: 'T' },
    { name: 'show-nonprinting', argument: 'none', key: 'v' },
    { name: 'help', argument: 'none', key: 'help' },
    { name: 'version', argument: 'none', key: 'version' },
  ],
};

/** `-v` notation for control characters (`^A`, `^?`); other characters print as they are. */
const showNonprinting = (text: string, tabs: boolean): string =>
  text.replace(/[\x00-\x08\x0a-\x1f\x7f]|\t/g, (c) => {
    if (c === '\t') return tabs ? '^I' : c;
    const code = c.charCodeAt(0);
    return code === 0x7f ? '^?' : `^${String.fromCharCode(code + 64)}`;
  });

/**
 * GNU cat on the piped input: `-n -b -s -E -T -v -A -e -t`. The operand `-` is the
 * input; any other operand is a missing file (`cat: f: No such file or directory`,
 * exit 1), and the other operands are still printed, as GNU does.
 *
 * @example
 * cat(['-n'], 'a\nb\n') // { stdout: '     1\ta\n     2\tb\n', stderr: '', exit: 0 }
 */
export const cat = (args: readonly string[], input: string): FilterResult => {
  const parsed = getopt(args, TABLE);
  if (E.isLeft(parsed)) return usageError('cat', parsed.left, 1);
  const flags = new Set<string>();
  for (const { key } of parsed.right.options) {
    if (key === 'help') return ok('Usage: cat [OPTION]... [FILE]...\nConcatenate FILE(s) to standard output.\n');
    if (key === 'version') return { stdout: '', stderr: 'cat: option --version is not supported by docknet\n', exit: 1 };
    const expanded = key === 'A' ? 'vET' : key === 'e' ? 'vE' : key === 't' ? 'vT' : key === 'u' ? '' : key;
    for (const flag of expanded) flags.add(flag);
  }
  const operands = parsed.right.operands.length === 0 ? ['-'] : parsed.right.operands;
  let stdout = '';
  let stderr = '';
  let lineNumber = 0;
  let previousBlank = false;
  for (const operand of operands) {
    if (operand !== '-') {
      stderr += `cat: ${operand}: No such file or directory\n`;
      continue;
    }
    if (flags.size === 0) {
      stdout += input;
      continue;
    }
    const { lines, lastTerminated } = splitLines(input);
    lines.forEach((line, index) => {
      const terminated = index < lines.length - 1 || lastTerminated;
      const blank = line === '' && terminated;
      if (flags.has('s') && blank && previousBlank) return;
      previousBlank = blank;
      let text = flags.has('v') || flags.has('T') ? showNonprinting(line, flags.has('T')) : line;
      if (flags.has('b') ? !blank : flags.has('n')) {
        lineNumber += 1;
        text = `${String(lineNumber).padStart(6)}\t${text}`;
      }
      stdout += text + (terminated ? (flags.has('E') ? '$\n' : '\n') : '');
    });
  }
  return { stdout, stderr, exit: stderr === '' ? 0 : 1 };
};
