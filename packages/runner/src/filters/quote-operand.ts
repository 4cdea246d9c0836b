/**
 * How coreutils quotes an operand inside a diagnostic on a UTF-8 host (the simulated
 * host's locale is C.UTF-8): `‘x’`. glibc's getopt messages keep ASCII quotes.
 */
export const quoteOperand = (text: string): string => `‘${text}’`;

/** coreutils' `quoteaf` style used in "cannot open 'f' for reading": shell-style ASCII quotes. */
export const quoteFileName = (text: string): string =>
  /^[A-Za-z0-9_@%+=:,./-]+$/.test(text) ? `'${text}'` : `'${text.replaceAll("'", `'\\''`)}'`;
