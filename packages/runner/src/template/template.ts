import type { Either } from 'fp-ts/lib/Either.js';
import { left, right } from 'fp-ts/lib/Either.js';
import { BUILTIN_FUNCTIONS } from './builtin-functions.js';
import { DOCKER_FUNCTIONS } from './docker-functions.js';
import type { MissingKey } from './executor.js';
import { ExecFailure, Executor } from './executor.js';
import type { FuncMap } from './go-function.js';
import { rootValue } from './go-value.js';
import type { TreeSet } from './parser.js';
import { parseTree } from './parser.js';
import type { TemplateValue } from './template-value.js';

/**
 * A template error, worded exactly as Go's `error.Error()`:
 * - parse: `template: :1: unexpected "}" in operand`
 * - exec: `template: :1:2: executing "" at <.Foo>: map has no entry for key "Foo"`
 *
 * Docker prints these behind its own prefix; see `dockerTemplateErrorMessage`.
 */
export interface TemplateError {
  readonly kind: 'parse' | 'exec';
  readonly message: string;
  /** Execution only: what Go had already written to its writer when it stopped. */
  readonly partialOutput: string;
}

/** A parsed template, ready to execute any number of times. */
export interface Template {
  /** The template's name; Docker's templates are anonymous (`""`). */
  readonly name: string;
  readonly source: string;
  readonly trees: TreeSet;
  /** The functions it was parsed with (execution may swap them, as Docker does for headers). */
  readonly funcs: FuncMap;
}

/** Options for {@link parseTemplate}. */
export interface ParseOptions {
  /** Defaults to `""`, as in docker/cli's `templates.Parse`. */
  readonly name?: string;
  /** Functions beyond Go's builtins; defaults to Docker's (`json`, `join`, `split`, …). */
  readonly funcs?: FuncMap;
}

/**
 * Parses a Go `text/template` source.
 *
 * @example
 * parseTemplate('{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}')
 */
export function parseTemplate(source: string, options: ParseOptions = {}): Either<TemplateError, Template> {
  const name = options.name ?? '';
  const funcs = options.funcs ?? DOCKER_FUNCTIONS;
  const hasFunction = (fn: string): boolean => funcs.has(fn) || BUILTIN_FUNCTIONS.has(fn);
  try {
    const parsed = parseTree(name, source, hasFunction);
    if (!parsed.ok) return left({ kind: 'parse', message: parsed.message, partialOutput: '' });
    return right({ name, source, trees: parsed.trees, funcs });
  } catch (e) {
    const reason = e instanceof RangeError ? 'docknet: template nested too deeply' : `internal error: ${String(e)}`;
    return left({ kind: 'parse', message: `template: ${name}: ${reason}`, partialOutput: '' });
  }
}

/** Options for {@link executeTemplate}. */
export interface ExecuteOptions {
  /**
   * Go's `missingkey` option for absent map keys: `default` prints `<no value>` (Docker's
   * formatters), `zero` gives the element's zero value, `error` fails as `docker inspect`'s
   * raw-JSON fallback does (`map has no entry for key "Foo"`).
   */
  readonly missingKey?: MissingKey;
  /**
   * Treat untagged objects as Go structs: an unknown field is an error
   * (`can't evaluate field Foo in type struct { ID string; Name string }`). The type name of
   * an untagged object is Go's spelling of an anonymous struct built from its keys and
   * value types; tag objects with `goStruct` to give them Docker's names instead.
   */
  readonly strictFields?: boolean;
  /** Replace the functions for this execution (Docker's header rendering does this). */
  readonly funcs?: FuncMap;
  /** docknet's guard against runaway templates (not a Go limit); default 1,000,000 steps. */
  readonly maxSteps?: number;
}

const MAX_TEMPLATE_DEPTH = 1000;

/**
 * Executes a parsed template on JSON-like data; never throws.
 *
 * @example
 * executeTemplate(t, { Name: 'bridge' }) // Right('bridge') for '{{.Name}}'
 */
export function executeTemplate(
  t: Template,
  data: TemplateValue,
  options: ExecuteOptions = {},
): Either<TemplateError, string> {
  const model = { strictFields: options.strictFields ?? false };
  const root = t.trees.get(t.name);
  if (root === undefined) {
    return left({
      kind: 'exec',
      message: `template: ${t.name}: "${t.name}" is an incomplete or empty template`,
      partialOutput: '',
    });
  }
  const exec = new Executor({
    name: t.name,
    text: t.source,
    trees: t.trees,
    funcs: options.funcs ?? t.funcs,
    builtins: BUILTIN_FUNCTIONS,
    missingKey: options.missingKey ?? 'default',
    model,
    maxSteps: options.maxSteps ?? 1_000_000,
    maxDepth: MAX_TEMPLATE_DEPTH,
  });
  try {
    exec.run(root, rootValue(data, model));
    return right(exec.output());
  } catch (e) {
    const message =
      e instanceof ExecFailure
        ? e.message
        : e instanceof RangeError && /string length/i.test(e.message)
          ? `template: ${t.name}: docknet: output too large`
          : e instanceof RangeError
          ? `template: ${t.name}: exceeded maximum template depth (${MAX_TEMPLATE_DEPTH})`
          : `template: ${t.name}: internal error: ${String(e)}`;
    return left({ kind: 'exec', message, partialOutput: exec.output() });
  }
}

/** Parses and executes in one step. */
export function renderTemplate(
  source: string,
  data: TemplateValue,
  options: ExecuteOptions & ParseOptions = {},
): Either<TemplateError, string> {
  const parsed = parseTemplate(source, options);
  if (parsed._tag === 'Left') return parsed;
  return executeTemplate(parsed.right, data, options);
}
