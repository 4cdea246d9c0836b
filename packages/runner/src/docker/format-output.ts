/**
 * `--format` for inspect-like commands: each object through the Go template, one result
 * a line; without a format, the default rendering. Template errors print as the docker
 * CLI prints them.
 */
import * as E from 'fp-ts/lib/Either.js';
import { ok, fail, type CliResult } from './cli-result.js';
import { executeTemplate, parseTemplate, templateErrorText } from '../template/index.js';

export const formatEach = (
  objects: readonly unknown[],
  format: string | undefined,
  stderr: string,
  render: (objects: readonly unknown[]) => string,
): CliResult => {
  const exit = stderr === '' ? 0 : 1;
  if (format === undefined || format === '') return { stdout: render(objects), stderr, exit };
  if (format === 'json') return { stdout: objects.map((o) => `${JSON.stringify(o)}\n`).join(''), stderr, exit };
  const template = parseTemplate(format);
  if (E.isLeft(template)) return fail(`${templateErrorText(template.left)}\n`);
  let stdout = '';
  for (const o of objects) {
    const out = executeTemplate(template.right, o);
    if (E.isLeft(out)) return fail(`${templateErrorText(out.left)}\n`, 1, stdout);
    stdout += `${out.right}\n`;
  }
  return exit === 0 ? ok(stdout) : { stdout, stderr, exit };
};
