import { describe, expect, it } from 'vitest';
import { NGINX_WELCOME } from '../../images/catalog.js';
import { fixture } from '../testing/tool-fixture.js';

describe('curl and wget', () => {
  it('reach a published port from the host, and are refused on an unpublished one', () => {
    const f = fixture();
    f.setup('docker run -d --name web -p 8080:80 nginx');
    expect(f.run('curl localhost:8080')).toEqual({ stdout: NGINX_WELCOME, stderr: '', exit: 0 });
    expect(f.run('curl -s http://127.0.0.1:8081/')).toEqual({ stdout: '', stderr: '', exit: 7 });
    expect(f.run('curl localhost:8081').stderr).toBe('curl: (7) Failed to connect to localhost port 8081 after 0 ms: Connection refused\n');
  });

  it('get a reset through docker-proxy when nothing listens behind the published port', () => {
    const f = fixture();
    f.setup('docker run -itd --name box -p 9000:9000 busybox');
    expect(f.run('curl localhost:9000').stderr).toBe('curl: (56) Recv failure: Connection reset by peer\n');
  });

  it('resolve service names on a user network and time out across networks', () => {
    const f = fixture();
    f.setup('docker network create app', 'docker run -d --name web --network app nginx', 'docker run -itd --name box --network app busybox', 'docker run -itd --name out busybox');
    expect(f.run('docker exec box wget -qO- web').stdout).toBe(NGINX_WELCOME);
    expect(f.run('docker exec box wget -O - web:81').stderr).toBe("Connecting to web (172.18.0.2:81)\nwget: can't connect to remote host (172.18.0.2): Connection refused\n");
    expect(f.run('docker exec out wget -qO- web').stderr).toBe("wget: bad address 'web'\n");
    expect(f.run('docker exec out wget -q -T 2 -O - 172.18.0.2').stderr).toBe('wget: download timed out\n');
  });

  it('words errors as curl 7.29 does on CentOS 7, and sees a non-HTTP server as an empty reply', () => {
    const f = fixture();
    f.setup('docker run -itd --name cache redis', 'docker run -itd --name c7 centos:7');
    expect(f.run('docker exec c7 curl nope').stderr).toBe('curl: (6) Could not resolve host: nope; Unknown error\n');
    expect(f.run('docker exec c7 curl 172.17.0.2:6379').stderr).toBe('curl: (52) Empty reply from server\n');
    expect(f.run('docker exec c7 curl 172.17.0.2:80').stderr).toBe('curl: (7) Failed connect to 172.17.0.2:80; Connection refused\n');
  });
});
