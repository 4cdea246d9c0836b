import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { EventBodyC, readEventLog } from '@docknet/core';
import { loadScenario } from '../scenario/index.js';
import { replayScenario } from '../replay/replay-scenario.js';
import { runShell } from './run-shell.js';
import { runShellCommand } from './shell-commands.js';
import { ShellSession, type ShellOptions } from './shell-session.js';
import { stepsPathFor } from './shell-step.js';

const scratch = (): string => mkdtempSync(join(tmpdir(), 'docknet-shell-'));

const open = async (options: ShellOptions): Promise<ShellSession> => {
  const opened = await ShellSession.open(options);
  if (E.isLeft(opened)) throw new Error(opened.left);
  return opened.right;
};

const logSeqs = (path: string): number[] => {
  const log = readEventLog(readFileSync(path, 'utf8'), EventBodyC);
  if (E.isLeft(log)) throw new Error('bad log');
  return log.right.events.map((e) => e.seq);
};

describe('ShellSession', () => {
  it('creates a missing log with its header and the booted host, in a new directory', async () => {
    const logPath = join(scratch(), '.docknet', 'events.jsonl');
    const shell = await open({ logPath, engine: '27', seed: 3 });
    const [header] = readFileSync(logPath, 'utf8').split('\n');
    expect(JSON.parse(header ?? '')).toEqual({ kind: 'docknet-events', version: 1, engine: '27', seed: 3, clock: '2020-01-01T00:00:00Z' });
    expect(logSeqs(logPath)).toEqual([1, 2, 3, 4]); // the host and its bridge, host and none networks
    expect(shell.host).toBe('docker-host');
    expect(existsSync(stepsPathFor(logPath))).toBe(true);
  });

  it('appends each command’s events and carries on where the log left off when reopened', async () => {
    const logPath = join(scratch(), 'events.jsonl');
    const first = await open({ logPath });
    expect((await first.run('docker run -d --name web nginx')).exit).toBe(0);
    expect((await first.run('docker ps -q')).stdout).toMatch(/^[0-9a-f]{12}\n$/);
    const second = await open({ logPath });
    expect(second.stateText()).toBe(first.stateText());
    expect(second.history).toEqual(['docker ps -q', 'docker run -d --name web nginx']);
    // The clock goes on from the third step: web started at step 1.
    const ps = await second.run("docker ps --format '{{.Names}} {{.Status}}'");
    expect(ps.stdout).toBe('web Up 2 seconds\n');
  });

  it('undoes the last command by folding the log without its events', async () => {
    const logPath = join(scratch(), 'events.jsonl');
    const shell = await open({ logPath });
    const before = shell.stateText();
    await shell.run('docker network create n1');
    await shell.run('docker run -d --name web --network n1 nginx');
    const afterNetwork = logSeqs(logPath).length;
    await shell.run('docker network ls -q');
    expect(E.isRight(await shell.undo())).toBe(true); // the read-only command: no events to drop
    const undone = await shell.undo();
    expect(E.isRight(undone) && undone.right.run).toBe('docker run -d --name web --network n1 nginx');
    expect(logSeqs(logPath).length).toBeLessThan(afterNetwork);
    expect((await shell.run("docker ps -a --format '{{.Names}}'")).stdout).toBe('');
    await shell.undo();
    await shell.undo();
    expect(shell.stateText()).toBe(before);
    expect(await shell.undo()).toEqual(E.left('nothing to undo'));
    const again = await open({ logPath });
    expect(again.stepCount).toBe(0);
  });

  it('refuses to append over events someone else wrote, and takes the log as it is', async () => {
    const logPath = join(scratch(), 'events.jsonl');
    const mine = await open({ logPath });
    const theirs = await open({ logPath });
    await theirs.run('docker network create theirs');
    const refused = await mine.run('docker network create mine');
    expect(refused.exit).toBe(1);
    expect(refused.stderr).toContain('event log conflict: expected last seq 4, found 5');
    expect((await mine.run("docker network ls --format '{{.Name}}' -f name=theirs")).stdout).toBe('theirs\n');
  });

  it('keeps an existing log’s engine: --engine for another one is an error', async () => {
    const logPath = join(scratch(), 'events.jsonl');
    await open({ logPath });
    const opened = await ShellSession.open({ logPath, engine: '20.10' });
    expect(E.isLeft(opened) && opened.left).toContain('already records engine 28, seed 0');
  });

  it('reports a damaged steps file with its line', async () => {
    const logPath = join(scratch(), 'events.jsonl');
    await open({ logPath });
    writeFileSync(stepsPathFor(logPath), '{"run":1}\n');
    const opened = await ShellSession.open({ logPath });
    expect(E.isLeft(opened) && opened.left).toMatch(/events\.steps\.jsonl:1: /);
  });

  it('saves the session as a scenario whose replay prints the same, expectations included', async () => {
    const dir = scratch();
    const shell = await open({ logPath: join(dir, 'events.jsonl') });
    const input = [
      'docker network create --subnet 10.5.0.0/24 app',
      '',
      'docker run -d --name web --network app -p 8080:80 nginx',
      'docker ps',
      'docker run -d --name web nginx',
      "docker network ls | grep app | awk '{print $2}'",
      ':save ' + join(dir, 'session.yaml'),
    ].join('\n');
    let out = '';
    let err = '';
    const status = await runShell(shell, { input: Readable.from([input]), output: process.stdout, out: (t) => (out += t), err: (t) => (err += t), terminal: false });
    expect(status).toBe(0);
    const scenario = loadScenario(join(dir, 'session.yaml'));
    if (E.isLeft(scenario)) throw new Error(JSON.stringify(scenario.left));
    const replay = replayScenario(scenario.right);
    expect(replay.passed).toBe(true);
    expect(out).toBe(`${replay.steps.map((s) => s.result?.stdout ?? '').join('')}saved 5 steps to ${join(dir, 'session.yaml')}\n`);
    expect(err).toBe(replay.steps.map((s) => s.result?.stderr ?? '').join(''));
    expect(err).toContain('The container name "/web" is already in use');
  });

  it('answers :graph, :state and unknown :commands', async () => {
    const shell = await open({ logPath: join(scratch(), 'events.jsonl') });
    expect((await runShellCommand(shell, 'graph', [])).stdout.split('\n')[0]).toBe('flowchart TB');
    expect((await runShellCommand(shell, 'graph', ['dot'])).stdout).toContain('digraph docknet');
    expect((await runShellCommand(shell, 'graph', ['svg'])).stdout).toContain('<svg');
    expect((await runShellCommand(shell, 'graph', ['png'])).exit).toBe(2);
    expect(JSON.parse((await runShellCommand(shell, 'state', [])).stdout)).toHaveProperty('hosts.docker-host');
    expect(await runShellCommand(shell, 'nope', [])).toEqual({ stdout: '', stderr: 'unknown shell command :nope (try :help)\n', exit: 2 });
  });
});
