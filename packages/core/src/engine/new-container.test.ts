import { describe, expect, it } from 'vitest';
import { ContainerRecordC, type ContainerRecord } from '../state/records.js';
import { newContainer } from './new-container.js';

const record: ContainerRecord = {
  id: 'a'.repeat(64),
  name: 'web',
  image: 'nginx',
  cmd: ['nginx'],
  created: '2020-01-01T00:00:00Z',
  hostname: 'aaaaaaaaaaaa',
  domainname: '',
  networkMode: 'bridge',
  tty: false,
  openStdin: false,
  env: ['A=1'],
  exposedPorts: ['80/tcp'],
  portBindings: { '80/tcp': [{ hostIp: '', hostPort: '8080' }] },
  publishAllPorts: false,
  links: [],
  dns: [],
  extraHosts: [],
  autoRemove: false,
  restartPolicy: 'no',
  labels: {},
  attachments: [],
};

describe('newContainer', () => {
  it('copies every field the record codec declares (but attachments, which become a map)', () => {
    const container = newContainer(record, new Map());
    for (const key of Object.keys(ContainerRecordC.props)) {
      if (key === 'attachments') continue;
      expect(container, key).toHaveProperty(key, record[key as keyof ContainerRecord]);
    }
    expect(container.attachments).toEqual(new Map());
  });

  it('starts in `created` with no process, no sandbox and no ports', () => {
    expect(newContainer(record, new Map())).toMatchObject({
      status: 'created',
      pid: 0,
      exitCode: 0,
      restartCount: 0,
      sandbox: undefined,
      ifaceCounter: 0,
      published: [],
    });
  });
});
