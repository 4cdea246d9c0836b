/**
 * End to end: `docknet shell` (the built binary) driven through a pseudo-terminal and
 * through standard input prints what replaying the session it saved prints.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as E from 'fp-ts/lib/Either.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenario } from '../../scenario/index.js';
import { replayScenario, type ScenarioOutcome } from '../../replay/replay-scenario.js';
import { hasScript, runInPty, splitAtPrompts } from '../../shell-session/testing/pty-session.js';

const ROOT = resolve(import.meta.dirname, '../../../../..');
const BIN = join(ROOT, 'packages/runner/dist/bin/docknet.js');

const SESSION = [
  'docker network create --subnet 10.5.0.0/24 app',
  'docker run -d --name web --network app -p 8080:80 nginx',
  '# a comment, and a blank line, run nothing',
  '',
  'docker ps',
  'docker port web',
  'docker run -d --name web nginx',
  "docker network ls | grep app | awk '{print $2}'",
  'docker stop web',
  "docker ps -a --format '{{.Names}}: {{.Status}}'",
  "docker inspect -f '{{json .NetworkSettings.Ports}}' web",
];
const COMMANDS = SESSION.filter((l) => l.trim() !== '' && !l.startsWith('#'));

const replaySaved = (file: string): ScenarioOutcome => {
  const scenario = loadScenario(file);
  if (E.isLeft(scenario)) throw new Error(JSON.stringify(scenario.left));
  return replayScenario(scenario.right);
};

describe('docknet shell, end to end', () => {
  beforeAll(() => {
    if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run "pnpm -s build" first (pnpm test does)`);
  });

  it('through stdin: prints exactly what replaying the saved scenario prints', () => {
    const dir = mkdtempSync(join(tmpdir(), 'docknet-shell-stdin-'));
    const saved = join(dir, 'session.yaml');
    const r = spawnSync('node', [BIN, 'shell', '--events', join(dir, 'events.jsonl')], {
      input: [...SESSION, `:save ${saved}`, ''].join('\n'),
      encoding: 'utf8',
      cwd: dir,
    });
    expect(r.status).toBe(0);
    const replay = replaySaved(saved);
    expect(replay.passed).toBe(true);
    expect(replay.steps.map((s) => s.text)).toEqual(COMMANDS);
    expect(r.stdout).toBe(`${replay.steps.map((s) => s.result?.stdout ?? '').join('')}saved ${COMMANDS.length} steps to ${saved}\n`);
    expect(r.stderr).toBe(replay.steps.map((s) => s.result?.stderr ?? '').join(''));
  });

  it('through a pseudo-terminal: each prompt shows the command and what replaying it prints', async () => {
    if (!(await hasScript())) throw new Error('util-linux "script" is needed to make a pseudo-terminal');
    const dir = mkdtempSync(join(tmpdir(), 'docknet-shell-pty-'));
    const saved = join(dir, 'session.yaml');
    const run = await runInPty(['node', BIN, 'shell', '--events', join(dir, 'events.jsonl')], 'docker-host$ ', [...SESSION, `:save ${saved}`]);
    expect(run.status).toBe(0);
    const [banner = '', ...answers] = splitAtPrompts(run.screen, 'docker-host$ ');
    expect(banner).toContain('docknet shell · engine 28');
    // Each answer is the echoed line, then the output; the last one is Ctrl-D's newline.
    const typed = answers.map((a) => a.slice(0, a.indexOf('\n')));
    const shown = answers.map((a) => a.slice(a.indexOf('\n') + 1));
    expect(typed).toEqual([...SESSION, `:save ${saved}`, '']);
    const replay = replaySaved(saved);
    expect(replay.passed).toBe(true);
    const expected = replay.steps.map((s) => `${s.result?.stdout ?? ''}${s.result?.stderr ?? ''}`);
    expect(shown.filter((_, i) => COMMANDS.includes(SESSION[i] ?? '#'))).toEqual(expected);
    // The same session typed at a terminal and piped in saves the same scenario.
    const piped = mkdtempSync(join(tmpdir(), 'docknet-shell-stdin-'));
    spawnSync('node', [BIN, 'shell', '--events', join(piped, 'events.jsonl')], {
      input: [...SESSION, `:save ${join(piped, 'session.yaml')}`, ''].join('\n'),
      encoding: 'utf8',
    });
    const withoutLogPath = (f: string) => readFileSync(f, 'utf8').replace(/\(event log [^)]*\)/, '');
    expect(withoutLogPath(saved)).toBe(withoutLogPath(join(piped, 'session.yaml')));
  });

  it('recalls earlier sessions\' commands with ↑, and leaves on exit with the last status', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'docknet-shell-history-'));
    const events = join(dir, 'events.jsonl');
    spawnSync('node', [BIN, 'shell', '--events', events], { input: 'docker network create n1\ndocker network ls -q -f name=n1\n', encoding: 'utf8' });
    const run = await runInPty(['node', BIN, 'shell', '--events', events], 'docker-host$ ', ['\x1b[A', 'docker network create n1', 'exit']);
    const answers = splitAtPrompts(run.screen, 'docker-host$ ').slice(1);
    // ↑ redraws the line with the previous session's last command, which then runs.
    expect(answers[0]).toMatch(/docker network ls -q -f name=n1\n[0-9a-f]{12}\n$/);
    expect(answers[1]).toContain('network with name n1 already exists');
    expect(run.status).toBe(1);
  });

  it('-c runs one command against the log and exits with its status', () => {
    const dir = mkdtempSync(join(tmpdir(), 'docknet-shell-c-'));
    const events = join(dir, 'events.jsonl');
    const first = spawnSync('node', [BIN, 'shell', '--events', events, '-c', 'docker run -d --name web nginx'], { encoding: 'utf8' });
    expect(first.status).toBe(0);
    const again = spawnSync('node', [BIN, 'shell', '--events', events, '-c', 'docker run -d --name web nginx'], { encoding: 'utf8' });
    expect(again.status).toBe(125);
    expect(again.stderr).toContain('is already in use');
    const undo = spawnSync('node', [BIN, 'shell', '--events', events, '-c', ':undo'], { encoding: 'utf8' });
    expect(undo.stdout).toBe('undone: docker run -d --name web nginx\n');
  });

  it('uses .docknet/events.jsonl in the working directory by default', () => {
    const dir = mkdtempSync(join(tmpdir(), 'docknet-shell-default-'));
    const r = spawnSync('node', [BIN, 'shell', '-c', 'docker network create n1'], { encoding: 'utf8', cwd: dir });
    expect(r.status).toBe(0);
    expect(existsSync(join(dir, '.docknet/events.jsonl'))).toBe(true);
  });
});
