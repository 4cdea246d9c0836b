import { describe, expect, it } from 'vitest';
import { fixture } from '../../tools/testing/tool-fixture.js';

describe('docker exec', () => {
  it('refuses a container that is not running or paused, with the lifecycle wording', () => {
    const f = fixture();
    f.setup('docker run -itd --name c1 busybox', 'docker stop c1', 'docker run -itd --name c2 busybox', 'docker pause c2');
    const id = (name: string) => f.run(`docker inspect -f '{{.Id}}' ${name}`).stdout.trim();
    expect(f.run('docker exec c1 ip a')).toEqual({ stdout: '', stderr: `Error response from daemon: Container ${id('c1')} is not running\n`, exit: 1 });
    expect(f.run('docker exec c2 ip a').stderr).toBe(`Error response from daemon: Container ${id('c2')} is paused, unpause the container before exec\n`);
    expect(f.run('docker exec nope ip a').stderr).toBe('Error response from daemon: No such container: nope\n');
  });

  it('needs a container and a command, and passes flags after the container to the command', () => {
    const f = fixture();
    f.setup('docker run -itd --name c1 busybox');
    expect(f.run('docker exec c1').stderr).toContain("docker: 'docker exec' requires at least 2 arguments");
    expect(f.run('docker exec -e A=1 c1 env').stdout).toContain('\nA=1\n');
    expect(f.run('docker exec c1 ping -c 1 127.0.0.1').exit).toBe(0);
    expect(f.run('docker exec -d c1 ping -c 1 127.0.0.1')).toEqual({ stdout: '', stderr: '', exit: 0 });
  });

  it('runs sh -c scripts with pipes, and reports missing programs as the shell does', () => {
    const f = fixture();
    f.setup('docker run -itd --name c1 busybox', 'docker run -itd --name u1 ubuntu');
    expect(f.run(`docker exec c1 sh -c 'ip a | grep inet'`).stdout).toBe(
      '    inet 127.0.0.1/8 scope host lo\n    inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0\n',
    );
    expect(f.run(`docker exec c1 sh -c 'curl x'`)).toEqual({ stdout: '', stderr: 'sh: curl: not found\n', exit: 127 });
    expect(f.run(`docker exec u1 sh -c 'ping x'`)).toEqual({ stdout: '', stderr: 'sh: 1: ping: not found\n', exit: 127 });
    expect(f.run('docker exec c1 bash').stdout).toContain('exec: "bash": executable file not found in $PATH');
  });
});

describe('docker run with a tool as the command', () => {
  it('prints the tool output and leaves the container exited (removed with --rm)', () => {
    const f = fixture();
    const r = f.run('docker run --name once busybox hostname -i');
    expect(r).toEqual({ stdout: '172.17.0.2\n', stderr: '', exit: 0 });
    expect(f.run("docker ps -a --format '{{.Names}} {{.Status}}'").stdout).toMatch(/^once Exited \(0\)/);
    f.setup('docker run --rm busybox ip a');
    expect(f.run('docker ps -aq').stdout).toBe(f.run("docker ps -aq -f name=once").stdout);
  });

  it('fails to start a program the image lacks: exit 127, container left Created', () => {
    const f28 = fixture('28');
    const r = f28.run('docker run --name noping ubuntu:22.04 ping -c 1 8.8.8.8');
    expect(r.exit).toBe(127);
    expect(r.stderr).toBe(
      'docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "ping": executable file not found in $PATH: unknown\n\nRun \'docker run --help\' for more information\n',
    );
    expect(f28.run("docker ps -a --format '{{.Status}}' -f name=noping").stdout).toBe('Created\n');
    const f20 = fixture('20.10');
    expect(f20.run('docker run -d ubuntu:22.04 ifconfig').stderr).toBe(
      'docker: Error response from daemon: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "ifconfig": executable file not found in $PATH: unknown.\n',
    );
  });
});
