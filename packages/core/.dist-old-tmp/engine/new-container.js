/** A `created` container from its record, with `attachments` (by network id) as given. */
export const newContainer = (record, attachments) => {
    const container = {
        id: record.id,
        name: record.name,
        image: record.image,
        cmd: record.cmd,
        created: record.created,
        hostname: record.hostname,
        domainname: record.domainname,
        networkMode: record.networkMode,
        tty: record.tty,
        openStdin: record.openStdin,
        env: record.env,
        exposedPorts: record.exposedPorts,
        portBindings: record.portBindings,
        publishAllPorts: record.publishAllPorts,
        links: record.links,
        dns: record.dns,
        extraHosts: record.extraHosts,
        autoRemove: record.autoRemove,
        restartPolicy: record.restartPolicy,
        status: 'created',
        pid: 0,
        exitCode: 0,
        startedAt: '0001-01-01T00:00:00Z',
        finishedAt: '0001-01-01T00:00:00Z',
        restartCount: 0,
        sandbox: undefined,
        attachments,
        ifaceCounter: 0,
        published: [],
    };
    return container;
};
//# sourceMappingURL=new-container.js.map