export type { Pipeline } from './pipeline.js';
export type { ShellError } from './shell-error.js';
export { parseCommandLine } from './parse-command-line.js';
export { quoteWord, quotePipeline } from './quote-word.js';
