/**
 * `--format` and `-q` of the swarm list commands (cli `NewNodeFormat`, `NewListFormat`,
 * `NewTaskFormat`): `table`, empty or absent means the default table, and `-q` applies
 * only then; any other format is executed per row.
 */
import * as E from 'fp-ts/lib/Either.js';
import { cliError, type DockerError } from '@docknet/core';
import { renderDockerFormat, templateErrorText, type HeaderLabels, type TemplateValue } from '../../template/index.js';

export interface SwarmListRequest {
  readonly format: string | undefined;
  readonly quiet: boolean;
  /** What `-q` prints, one a line. */
  readonly ids: readonly string[];
  readonly rows: readonly TemplateValue[];
  readonly defaultFormat: string;
  readonly headers: HeaderLabels;
}

const isDefaultFormat = (format: string | undefined): boolean => format === undefined || format === '' || format === 'table';

/**
 * Renders a swarm list.
 *
 * @example
 * renderSwarmList({ format: undefined, quiet: true, ids: ['abc'], rows: [], defaultFormat, headers }) // Right('abc\n')
 */
export function renderSwarmList(req: SwarmListRequest): E.Either<DockerError, string> {
  const defaultFormat = isDefaultFormat(req.format);
  if (req.quiet && defaultFormat) return E.right(req.ids.map((id) => `${id}\n`).join(''));
  const format = defaultFormat ? req.defaultFormat : (req.format ?? '');
  const out = renderDockerFormat({ format, rows: req.rows, headers: req.headers });
  return E.mapLeft((err: Parameters<typeof templateErrorText>[0]) => cliError(templateErrorText(err)))(out);
}
