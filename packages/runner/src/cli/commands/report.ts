/** `docknet report SRC -o FILE.html`: a self-contained HTML page to step through SRC. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import * as E from 'fp-ts/lib/Either.js';
import { writeFileAtomic } from '@docknet/core';
import { loadRun } from '../../graph/index.js';
import { buildReport, renderReportHtml } from '../../report/index.js';
import { stringOption, UsageError, type CliCommand, type ParsedArgs } from '../option-table.js';
import type { DocknetCommand, Io } from '../docknet-command.js';

const spec: CliCommand = {
  name: 'report',
  args: 'SRC',
  summary: 'Write one self-contained HTML page: the steps of SRC with outputs, checks, topology and state diff.',
  options: [{ name: 'output', short: 'o', type: 'string', value: 'FILE.html', description: 'Where to write the page (default: standard output)' }],
};

const run = async (args: ParsedArgs, io: Io): Promise<number> => {
  const [src, ...extra] = args.positionals;
  if (src === undefined) throw new UsageError('report needs SRC');
  if (extra.length > 0) throw new UsageError(`report takes one SRC, got ${args.positionals.length}`);
  const loaded = loadRun(src);
  if (E.isLeft(loaded)) {
    io.err(`docknet: ${loaded.left}\n`);
    return 1;
  }
  const model = await buildReport(loaded.right);
  const html = renderReportHtml(model);
  const output = stringOption(args, 'output');
  if (output === undefined || output === '-') {
    io.out(html);
    return 0;
  }
  mkdirSync(dirname(output), { recursive: true });
  await writeFileAtomic(output, html);
  io.out(`${output}: ${model.steps.length - 1} steps, ${model.passed ? 'passed' : 'failed'}\n`);
  return 0;
};

export const reportCommand: DocknetCommand = { spec, run };
