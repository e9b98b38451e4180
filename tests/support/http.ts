/**
 * Plain HTTP for the checks that need no browser: what a server answers to a GET, and the
 * security headers every response of the shipped nginx configuration must carry.
 */
import { expect } from 'vitest';
import { Agent, request } from 'node:http';

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** Kept-alive connections, so a sweep of every file does not open one per request. */
const agent = new Agent({ keepAlive: true, maxSockets: 4 });

/** A GET with exactly the request headers given (Node's fetch would add and undo Accept-Encoding). */
export function httpGet(
  address: string | URL,
  headers: Record<string, string> = {}
): Promise<Reply> {
  return new Promise((done, fail) => {
    const req = request(address, { headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) })
      );
    });
    req.on('error', fail);
    req.end();
  });
}

/** A Content-Security-Policy as its directives, spacing normalised. */
const directives = (policy: string) =>
  policy
    .split(';')
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter(Boolean);

/**
 * The headers deploy/ sends on every response: the Content-Security-Policy header is the pages'
 * <meta> policy (`policy`, from pagePolicy) directive for directive, plus frame-ancestors.
 */
export function expectSecurityHeaders(headers: Reply['headers'], policy: string, what: string) {
  const csp = String(headers['content-security-policy']);
  expect(directives(csp), what).toEqual([...directives(policy), "frame-ancestors 'none'"]);
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy'], what).toMatch(/^(?:[a-z-]+=\(\)(?:, |$))+$/);
  expect(headers['permissions-policy'], what).toContain('camera=()');
  expect(headers['server'], what).toBe('nginx');
}
