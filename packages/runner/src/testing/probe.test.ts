import { it } from 'vitest';
import * as E from 'fp-ts/lib/Either.js';
import { loadScenario } from '../scenario/index.js';
import { replayScenario } from '../replay/replay-scenario.js';
import { renderTranscript } from '../replay/transcript.js';
import { eventLogText } from '../cli/commands/replay.js';
import { topologyOf } from '../graph/topology-of-state.js';
import { toDot } from '../graph/render-dot.js';
import { diffStates, EventBodyC, makeEngine, readEventLog, stateToJsonText } from '@docknet/core';
import { daemonRegistry } from '@docknet/drivers';
const NETWORKS = 25;
const stepLine = (i: number): string => {
  const k = Math.floor(i / 10);
  const net = `n${k % NETWORKS}`;
  switch (i % 10) {
    case 0: return k < NETWORKS ? `docker network create ${net}` : 'docker network ls -q | wc -l';
    case 1: return `docker run -d --name c${k} --network ${net} -p 80 nginx`;
    case 2: return `docker run -dit --name d${k} busybox`;
    case 3: return `docker network connect ${net} d${k}`;
    case 4: return `docker stop c${k}`;
    case 5: return `docker start c${k}`;
    case 6: return `docker port c${k}`;
    case 7: return "docker ps --format '{{.Names}}' | head -n 3";
    case 8: return k % 5 === 0 && k < 100 ? `docker inspect -f '{{.Name}}' c${k}` : `docker rm -f c${k}`;
    default: return k % 5 === 0 && k < 100 ? 'docker ps -q | wc -l' : `docker rm -f d${k}`;
  }
};
it('probe', () => {
  for (const n of [2500, 5000, 10000]) {
    const text = `name: t\nsteps:\n${Array.from({ length: n }, (_, i) => `  - ${JSON.stringify(stepLine(i))}\n`).join('')}`;
    const t0 = Date.now();
    const loaded = loadScenario({ file: 'g.yaml', text });
    const t1 = Date.now();
    if (E.isLeft(loaded)) throw new Error('x');
    const outcome = replayScenario(loaded.right);
    const t2 = Date.now();
    const logText = eventLogText(loaded.right, outcome.events);
    const t3 = Date.now();
    const log = readEventLog(logText, EventBodyC);
    const t4 = Date.now();
    if (E.isLeft(log)) throw new Error('log');
    const engine = makeEngine(daemonRegistry);
    const st = engine.fold(engine.initialState({ profile: '28', seed: 0, at: '' }), log.right.events.map((e) => ({ seq: e.seq, at: e.at, host: e.host, ...e.event })));
    const t5 = Date.now();
    stateToJsonText(st);
    const t6 = Date.now();
    const half = replayScenario(loaded.right, { stopAfter: n / 2 });
    const t7 = Date.now();
    diffStates(half.state, outcome.state);
    const t8 = Date.now();
    toDot(topologyOf(outcome.state));
    const t9 = Date.now();
    renderTranscript(outcome, false);
    const t10 = Date.now();
    console.log(n, 'events', outcome.events.length, 'load', t1 - t0, 'replay', t2 - t1, 'logText', t3 - t2, 'read', t4 - t3, 'fold', t5 - t4, 'json', t6 - t5, 'half', t7 - t6, 'diff', t8 - t7, 'dot', t9 - t8, 'transcript', t10 - t9);
  }
}, 600_000);
