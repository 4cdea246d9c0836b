export const daemonError = (message, kind = 'invalid-parameter') => ({
    source: 'daemon',
    message,
    kind,
});
export const cliError = (message) => ({ source: 'cli', message, kind: 'invalid-parameter' });
//# sourceMappingURL=docker-error.js.map