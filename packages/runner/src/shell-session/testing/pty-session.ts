/**
 * Test support: a program run in a pseudo-terminal by util-linux `script`, typed at line by
 * line (each line once the prompt is back, Enter once the line is echoed), then Ctrl-D.
 * No native addon needed.
 */
import { spawn } from 'node:child_process';

export interface PtyRun {
  /** Everything the terminal showed, escape sequences and carriage returns removed. */
  readonly screen: string;
  readonly status: number | null;
}

/** Terminal escape sequences (CSI) that readline draws with. */
const CSI = /\x1b\[[0-9;?]*[A-Za-z]/g;

const clean = (text: string): string => text.replace(CSI, '').replace(/\r/g, '');

/** The answers after each fresh prompt (the first element is what came before the first). */
export const splitAtPrompts = (screen: string, prompt: string): string[] =>
  screen.split(new RegExp(`(?<=^|\n)${prompt.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));

const shellQuote = (word: string): string => `'${word.replace(/'/g, `'\\''`)}'`;

/**
 * Runs `argv` in a pty, waits for `prompt` before each of `lines`, then sends Ctrl-D.
 * Rejects if the prompt does not come back within `timeoutMs`.
 */
export const runInPty = (argv: readonly string[], prompt: string, lines: readonly string[], timeoutMs = 20_000): Promise<PtyRun> =>
  new Promise((resolve, reject) => {
    // A wide terminal, so readline never wraps (and redraws) a long command line.
    const command = `stty cols 500 rows 50; exec ${argv.map(shellQuote).join(' ')}`;
    const child = spawn('script', ['-qec', command, '/dev/null'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, TERM: 'xterm' } });
    let raw = '';
    let sent = 0;
    let prompts = 0;
    /** Output length when a line was typed, until its Enter is sent (after readline echoed it). */
    let typedAt: number | undefined;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no prompt after ${sent} lines; the terminal showed:\n${raw}`));
    }, timeoutMs);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      raw += chunk;
      if (typedAt !== undefined && raw.length > typedAt) {
        typedAt = undefined;
        child.stdin.write('\r');
      }
      // A fresh prompt starts a line; readline's redraws (↑, long lines) repeat it mid-line.
      const seen = `\n${clean(raw)}`.split(`\n${prompt}`).length - 1;
      while (prompts < seen) {
        prompts++;
        const line = lines[sent];
        sent++;
        if (line === undefined) {
          if (sent === lines.length + 1) child.stdin.write('\x04');
        } else if (line === '') {
          child.stdin.write('\r');
        } else {
          // Enter goes once readline has shown the line: keys such as ↑ must be read first.
          typedAt = raw.length;
          child.stdin.write(line);
        }
      }
    });
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ screen: clean(raw), status });
    });
  });

/** Whether util-linux `script` is there to make a pty. */
export const hasScript = async (): Promise<boolean> =>
  new Promise((resolve) => {
    const child = spawn('script', ['--version'], { stdio: 'ignore' });
    child.on('error', () => resolve(false));
    child.on('close', (status) => resolve(status === 0));
  });
