/** A problem in a scenario file, at a 1-based line and column. */
export interface ScenarioError {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/**
 * The one-line form every tool prints: `scenarios/x.yaml:12:5: unknown key "expct" in step`.
 *
 * @example
 * formatScenarioError({ file: 'a.yaml', line: 3, column: 5, message: 'boom' }) // 'a.yaml:3:5: boom'
 */
export const formatScenarioError = (error: ScenarioError): string => `${error.file}:${error.line}:${error.column}: ${error.message}`;

/** Document order, so errors read top to bottom whatever found them first. */
export const byPosition = (a: ScenarioError, b: ScenarioError): number => a.line - b.line || a.column - b.column;
