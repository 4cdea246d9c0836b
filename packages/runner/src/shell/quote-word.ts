import type { Pipeline } from './pipeline.js';

/** Characters that never need quoting in any position. */
const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;

/**
 * Quotes one argv word so that {@link parseCommandLine} reads it back unchanged, in any
 * position of a stage. Plain words stay bare; anything else is single-quoted, with each
 * `'` written as `'\''`. `sudo` and `NAME=value` are quoted too, because bare they
 * would be dropped or refused at the start of a stage.
 *
 * @example
 * quoteWord('a b')        // "'a b'"
 * quoteWord("it's")       // "'it'\\''s'"
 * quoteWord('--name=web') // '--name=web'
 */
export const quoteWord = (word: string): string => {
  if (SAFE.test(word) && word !== 'sudo' && !/^[A-Za-z_][A-Za-z0-9_]*=/.test(word)) return word;
  return `'${word.replaceAll("'", `'\\''`)}'`;
};

/**
 * Writes a pipeline back as one command line (stages joined by ` | `), the inverse of
 * {@link parseCommandLine} for pipelines without empty stages.
 *
 * @example
 * quotePipeline({ stages: [['docker', 'ps'], ['grep', 'a b']] }) // "docker ps | grep 'a b'"
 */
export const quotePipeline = (pipeline: Pipeline): string =>
  pipeline.stages.map((stage) => stage.map(quoteWord).join(' ')).join(' | ');
