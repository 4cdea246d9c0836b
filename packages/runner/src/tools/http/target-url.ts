/** The host, port and path of a curl/wget URL (`web:8080`, `http://10.0.0.2/x`, `https://example.com`). */

export interface TargetUrl {
  readonly scheme: 'http' | 'https';
  readonly host: string;
  readonly port: number;
  readonly path: string;
}

export const parseTargetUrl = (text: string): TargetUrl | undefined => {
  const match = /^(?:(https?):\/\/)?(\[[^\]]+\]|[^/:?#]+)(?::(\d+))?([/?#].*)?$/i.exec(text);
  if (match === null) return undefined;
  const scheme = (match[1] ?? 'http').toLowerCase() === 'https' ? 'https' : 'http';
  const host = match[2] ?? '';
  const port = match[3] === undefined ? (scheme === 'https' ? 443 : 80) : Number(match[3]);
  if (host === '' || port > 65535) return undefined;
  return { scheme, host: host.replace(/^\[|\]$/g, ''), port, path: match[4] ?? '/' };
};
