import * as E from 'fp-ts/lib/Either.js';
import type { Pipeline } from './pipeline.js';
import { syntaxError, unsupported, type ShellError } from './shell-error.js';

/*
 * Why a hand-written tokenizer and not `shell-quote` (a dependency of this package):
 * measured with shell-quote 1.8.3, `a \<newline>b` yields an extra empty word, `a#b` is
 * cut as a comment (POSIX only starts a comment at the start of a word), backticks are
 * kept as plain text, `$(docker ps -q)` becomes the word `$` plus operator objects, and
 * no token carries its position. Each of those would run a wrong command silently, which
 * is worse than refusing it, so this file implements the small part of the POSIX grammar
 * (XCU 2.2–2.3, 2.9.2) that docknet runs.
 */

/** One argv word while it is being read. */
interface Word {
  text: string;
  /** Offset of the word's first character in the line. */
  readonly start: number;
  /** Offset inside `text` where the first quoted or escaped character landed. */
  firstQuoted: number;
}

/** One pipeline stage while it is being read. */
interface Stage {
  readonly words: Word[];
}

const isBlank = (c: string): boolean => c === ' ' || c === '\t';
const isNameStart = (c: string): boolean => /^[A-Za-z_]$/.test(c);
const isSpecialParameter = (c: string): boolean => /^[0-9@*#?$!-]$/.test(c);

/**
 * What follows a `$` outside single quotes. `undefined` means the `$` is literal, as in
 * POSIX when no name, digit, special parameter, `{` or `(` follows (`grep 'x$'` is
 * single-quoted anyway, but `grep x$` must work too).
 */
const expansionAt = (line: string, i: number): ShellError | undefined => {
  const next = line[i + 1] ?? '';
  if (line.startsWith('$((', i)) return unsupported('$((…))', 'arithmetic expansion', i);
  if (next === '(') return unsupported('$(…)', 'command substitution', i);
  if (next === '{') return unsupported('${…}', 'parameter expansion', i);
  if (next === "'") return unsupported("$'…'", 'ANSI-C quoting', i);
  if (isNameStart(next)) {
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(line.slice(i + 1))?.[0] ?? next;
    return unsupported(`$${name}`, 'variable expansion', i);
  }
  if (isSpecialParameter(next)) return unsupported(`$${next}`, 'parameter expansion', i);
  return undefined;
};

/** The unsupported operator that starts at `i` (one of `;&|<>()`), longest match first. */
const operatorAt = (line: string, i: number, word: Word | undefined): ShellError => {
  const two = line.slice(i, i + 2);
  const three = line.slice(i, i + 3);
  // A word of digits right before `<`/`>` is an IO number (`2>/dev/null`): name it whole.
  const ioNumber = word !== undefined && /^[0-9]+$/.test(word.text) && word.firstQuoted === Infinity ? word.text : '';
  const at = ioNumber === '' ? i : i - ioNumber.length;
  if (two === '&&') return unsupported('&&', 'and-list', i);
  if (two === '||') return unsupported('||', 'or-list', i);
  if (two === '|&') return unsupported('|&', 'pipe of standard error', i);
  if (two === ';;' || line[i] === ';') return unsupported(';', 'command list', i);
  if (three === '<<-' || two === '<<') return unsupported(ioNumber + (three === '<<-' ? '<<-' : '<<'), 'here-document', at);
  if (two === '&>') return unsupported('&>', 'output redirection', i);
  if (line[i] === '&') return unsupported('&', 'background job', i);
  if (line[i] === '<' || line[i] === '>') {
    const op = /^(?:>>|>&|>\||<&|<>|>|<)/.exec(line.slice(i))?.[0] ?? line[i] ?? '';
    return unsupported(ioNumber + op, op.startsWith('<') ? 'input redirection' : 'output redirection', at);
  }
  if (line[i] === '(') return unsupported('(', 'subshell', i);
  return syntaxError(')', "syntax error near unexpected token `)'", i);
};

/**
 * Splits a command line into pipeline stages of argv words, as a POSIX shell would.
 *
 * Supported: blanks between words; `'single'` quotes (literal); `"double"` quotes with
 * `\"`, `\\`, `\$`, `` \` `` and backslash-newline; backslash outside quotes;
 * backslash-newline continuation (also `\` + CRLF); adjacent quoted and unquoted parts
 * joining into one word (`--name='a b'`); `#` comments at the start of a word; `|`
 * pipes, with line breaks allowed after a `|`.
 *
 * Deliberately not supported, answered with a `Left` naming the construct: lists (`;`,
 * `&&`, `||`, newline between commands), `&`, redirections (`>`, `2>`, `<`, `<<`),
 * subshells, command substitution (`$(…)`, backticks), and every `$` expansion (`$X`,
 * `${X}`, `$1`, `$((…))`): docknet has no environment, and a silently empty `$X` would run
 * a different command than the tutorial shows. A `$` that POSIX keeps literal (`x$`,
 * `$ `, `"$"`) stays literal. Leading `NAME=value` assignments are refused for the same
 * reason.
 *
 * Kept literal, as a shell would when nothing expands them: `~`, glob characters
 * (`*`, `?`, `[…]` — docknet has no file system, so a glob never matches, and bash then
 * passes the word unchanged), braces and reserved words.
 *
 * A leading `sudo` word of a stage is dropped (tutorials write `sudo docker …` and the
 * simulated host runs everything as root); `sudo` with options is refused.
 *
 * A blank or comment-only line gives `Right({ stages: [] })`.
 *
 * @example
 * parseCommandLine(`docker run --name='a b' nginx | grep -i "up"`)
 * // Right({ stages: [['docker', 'run', '--name=a b', 'nginx'], ['grep', '-i', 'up']] })
 */
export const parseCommandLine = (line: string): E.Either<ShellError, Pipeline> => {
  const stages: Stage[] = [];
  let stage: Stage = { words: [] };
  let word: Word | undefined;
  /** Set after `|` until the next word: a line break is allowed there. */
  let afterPipe = false;
  /** Offset of a line break that ended a command; anything but comments after it is a second command. */
  let endedAt: number | undefined;

  const wordFor = (i: number): Word => {
    word ??= { text: '', start: i, firstQuoted: Infinity };
    return word;
  };
  const markQuoted = (w: Word): void => {
    if (w.firstQuoted === Infinity) w.firstQuoted = w.text.length;
  };
  const finishWord = (): void => {
    if (word !== undefined) {
      stage.words.push(word);
      word = undefined;
      afterPipe = false;
    }
  };

  let i = 0;
  while (i < line.length) {
    const c = line[i] ?? '';
    if (endedAt !== undefined && !isBlank(c) && c !== '\n' && c !== '\r' && c !== '#') {
      return E.left(unsupported('newline', 'a second command on a new line', endedAt));
    }
    if (isBlank(c)) {
      finishWord();
      i += 1;
    } else if (c === '\n' || (c === '\r' && line[i + 1] === '\n')) {
      finishWord();
      if (stage.words.length > 0 && !afterPipe) endedAt = i;
      i += c === '\r' ? 2 : 1;
    } else if (c === '#' && word === undefined) {
      while (i < line.length && line[i] !== '\n' && !(line[i] === '\r' && line[i + 1] === '\n')) i += 1;
    } else if (c === '\\') {
      if (line[i + 1] === '\n') i += 2;
      else if (line.startsWith('\r\n', i + 1)) i += 3;
      else {
        const w = wordFor(i);
        markQuoted(w);
        // A trailing backslash has nothing to escape; bash keeps it.
        w.text += line[i + 1] ?? '\\';
        i += 2;
      }
    } else if (c === "'") {
      const close = line.indexOf("'", i + 1);
      if (close < 0) return E.left(syntaxError("'", 'unterminated single quote', i));
      const w = wordFor(i);
      markQuoted(w);
      w.text += line.slice(i + 1, close);
      i = close + 1;
    } else if (c === '"') {
      const w = wordFor(i);
      markQuoted(w);
      let j = i + 1;
      for (;;) {
        const d = line[j];
        if (d === undefined) return E.left(syntaxError('"', 'unterminated double quote', i));
        if (d === '"') break;
        if (d === '`') return E.left(unsupported('`…`', 'command substitution', j));
        if (d === '$') {
          const expansion = expansionAt(line, j);
          if (expansion !== undefined) return E.left(expansion);
          w.text += d;
          j += 1;
        } else if (d === '\\') {
          const e = line[j + 1];
          if (e === '\n') j += 2;
          else if (e === '\r' && line[j + 2] === '\n') j += 3;
          else if (e === '$' || e === '`' || e === '"' || e === '\\') {
            w.text += e;
            j += 2;
          } else {
            // Inside double quotes a backslash before any other character is literal.
            w.text += d;
            j += 1;
          }
        } else {
          w.text += d;
          j += 1;
        }
      }
      i = j + 1;
    } else if (c === '$') {
      const expansion = expansionAt(line, i);
      if (expansion !== undefined) return E.left(expansion);
      wordFor(i).text += c;
      i += 1;
    } else if (c === '`') {
      return E.left(unsupported('`…`', 'command substitution', i));
    } else if (c === '|' && line[i + 1] !== '|' && line[i + 1] !== '&') {
      finishWord();
      if (stage.words.length === 0) return E.left(syntaxError('|', "syntax error near unexpected token `|'", i));
      stages.push(stage);
      stage = { words: [] };
      afterPipe = true;
      i += 1;
    } else if (';&|<>()'.includes(c)) {
      return E.left(operatorAt(line, i, word));
    } else {
      wordFor(i).text += c;
      i += 1;
    }
  }
  finishWord();
  if (afterPipe) return E.left(syntaxError('|', "syntax error: unexpected end of line after `|'", line.length));
  if (stage.words.length > 0) stages.push(stage);
  return stagesToPipeline(stages);
};

/** Refuses leading assignments, drops a leading `sudo`, and keeps only the words. */
const stagesToPipeline = (stages: readonly Stage[]): E.Either<ShellError, Pipeline> => {
  const result: string[][] = [];
  for (const { words } of stages) {
    const first = words[0];
    if (first !== undefined) {
      const assignment = /^[A-Za-z_][A-Za-z0-9_]*=/.exec(first.text);
      if (assignment !== null && assignment[0].length <= first.firstQuoted) {
        return E.left(unsupported(assignment[0], 'environment assignment before a command', first.start));
      }
    }
    let argv = words;
    if (first?.text === 'sudo' && first.firstQuoted === Infinity && words.length > 1) {
      const next = words[1];
      if (next !== undefined && next.text.startsWith('-')) {
        return E.left(unsupported(`sudo ${next.text}`, 'sudo with options', first.start));
      }
      argv = words.slice(1);
    }
    result.push(argv.map((w) => w.text));
  }
  return E.right({ stages: result });
};
