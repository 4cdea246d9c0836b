import type { Either } from 'fp-ts/lib/Either.js';
import { left, right } from 'fp-ts/lib/Either.js';
import { DOCKER_TABLE_OPTIONS } from '../tabwriter/format-table.js';
import { TabWriter } from '../tabwriter/tab-writer.js';
import { DOCKER_HEADER_FUNCTIONS } from './docker-functions.js';
import type { MissingKey } from './executor.js';
import type { Template, TemplateError } from './template.js';
import { executeTemplate, parseTemplate } from './template.js';
import type { TemplateValue } from './template-value.js';
import { goMap } from './template-value.js';

/**
 * docker/cli's `--format` handling for list commands (`cli/command/formatter/formatter.go`):
 * the `table` and `json` keywords, the `\t` / `\n` escapes, header rows and the
 * `template parsing error:` prefix.
 */

/** A `--format` value split as docker/cli's `Context.preFormat` does. */
export interface TableFormat {
  /** The format starts with `table` (Docker checks only the prefix). */
  readonly table: boolean;
  /** The template source Docker parses. */
  readonly body: string;
}

/**
 * Splits a `--format` value: a `table` prefix is removed (and turns on the header row
 * and tab alignment), `json` alone means `{{json .}}`, surrounding spaces are trimmed,
 * and the two-character sequences `\t` and `\n` become a tab and a newline, because
 * shells pass them through literally.
 *
 * @example
 * splitTableFormat('table {{.ID}}\\t{{.Name}}') // { table: true, body: '{{.ID}}\t{{.Name}}' }
 */
export function splitTableFormat(format: string): TableFormat {
  const table = format.startsWith('table');
  let body = format;
  if (table) body = body.slice('table'.length);
  else if (format === 'json') body = '{{json .}}';
  body = body.replace(/^ +| +$/g, '');
  body = body.replace(/\\[tn]/g, (m) => (m === '\\t' ? '\t' : '\n'));
  return { table, body };
}

/**
 * How Docker reports any template failure from a formatter or `inspect -f`:
 * `template parsing error: template: :1: unexpected "}" in operand`.
 */
export function dockerTemplateErrorMessage(err: TemplateError): string {
  return `template parsing error: ${err.message}`;
}

/** Alias of {@link dockerTemplateErrorMessage}, the name the CLI layer imports. */
export const templateErrorText = dockerTemplateErrorMessage;

/** Header labels by placeholder: `{ ID: 'NETWORK ID', Name: 'NAME' }` (a leading dot, `.ID`, is allowed). */
export type HeaderLabels = Readonly<Record<string, string>> | ReadonlyMap<string, string>;

/**
 * Renders the header row the way docker/cli does: the same template executed on a
 * `map[string]string` of labels, with `json`, `join`, `upper` etc. replaced by identity
 * functions (`pad` is kept so headers line up with padded cells). Like Docker, an error
 * is ignored and whatever was printed before it is the header.
 *
 * @example
 * renderTableHeader(t, { ID: 'NETWORK ID', Name: 'NAME' }) // 'NETWORK ID\tNAME' for '{{.ID}}\t{{.Name}}'
 */
export function renderTableHeader(t: Template, labels: HeaderLabels): string {
  const pairs: [string, string][] =
    labels instanceof Map ? [...(labels as ReadonlyMap<string, string>)] : Object.entries(labels);
  // Accept `.ID` as well as `ID`: the placeholder as written or the field it names.
  const context = goMap('string', new Map<string, TemplateValue>(pairs.map(([k, v]) => [k.replace(/^\./, ''), v])));
  const r = executeTemplate(t, context, { funcs: DOCKER_HEADER_FUNCTIONS });
  return r._tag === 'Right' ? r.right : r.left.partialOutput;
}

/** Input of {@link renderDockerFormat}. */
export interface DockerFormatRequest {
  /** The `--format` value as the user typed it. */
  readonly format: string;
  /** One data value per row (usually `goStruct`-tagged contexts). */
  readonly rows: readonly TemplateValue[];
  /** Header labels for the `table` form. */
  readonly headers: HeaderLabels;
  /** Passed to execution; Docker's formatters use the default. */
  readonly missingKey?: MissingKey;
  readonly strictFields?: boolean;
}

/**
 * docker/cli's `formatter.Context.Write`: parse, execute once per row (each followed by
 * a newline), then for `table` formats prepend the header and align with Docker's tab
 * writer. Any error is a Left and, as in Docker, nothing is printed.
 *
 * @example
 * renderDockerFormat({ format: 'table {{.ID}}\t{{.Name}}', rows, headers: { ID: 'NETWORK ID', Name: 'NAME' } })
 */
export function renderDockerFormat(req: DockerFormatRequest): Either<TemplateError, string> {
  const { table, body } = splitTableFormat(req.format);
  const parsed = parseTemplate(body);
  if (parsed._tag === 'Left') return parsed;
  const t = parsed.right;
  let buffer = '';
  for (const row of req.rows) {
    const r = executeTemplate(t, row, {
      ...(req.missingKey !== undefined ? { missingKey: req.missingKey } : {}),
      ...(req.strictFields !== undefined ? { strictFields: req.strictFields } : {}),
    });
    if (r._tag === 'Left') return left(r.left);
    buffer += r.right + '\n';
  }
  if (!table) return right(buffer);
  const w = new TabWriter(DOCKER_TABLE_OPTIONS);
  w.write(renderTableHeader(t, req.headers));
  w.write('\n');
  w.write(buffer);
  return right(w.flush().toString());
}
