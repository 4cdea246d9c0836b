/**
 * `--format` for inspect-like commands: each object through the Go template, one result
 * a line; without a format, the default rendering. Template errors print as the docker
 * CLI prints them.
 */
import * as E from 'fp-ts/lib/Either.js';
import { ok, fail, type CliResult } from './cli-result.js';
import { renderGoJsonCompact, type GoJson } from '../views/index.js';
import { executeTemplate, parseTemplate, templateErrorText, type TemplateValue } from '../template/index.js';

export const formatEach = (
  /** Inspect objects: JSON-like data as the views build it. */
  objects: readonly TemplateValue[],
  format: string | undefined,
  stderr: string,
  render: (objects: readonly TemplateValue[]) => string,
): CliResult => {
  const exit = stderr === '' ? 0 : 1;
  if (format === undefined || format === '') return { stdout: render(objects), stderr, exit };
  if (format === 'json') return { stdout: objects.map((o) => `${renderGoJsonCompact(o as GoJson)}\n`).join(''), stderr, exit };
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
