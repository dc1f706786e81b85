// A recording dead-end proxy. Each browser is started with all its traffic sent here, so any request that gets
// past the test's own interception — from a page, from the extension's background (which Playwright's routing
// and BiDi page interception do not see), or from the browser itself — is recorded and refused. Fixture pages
// are answered by the interception before they reach the network, so they never arrive here.
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import type { AddressInfo, Socket } from 'node:net';

/**
 * The browsers' own service traffic (sign-in, component/add-on updates, remote settings), which a test profile
 * cannot fully switch off. Attune never contacts these hosts: `vendorHostsIn` checks the build does not even name
 * them, so leaving them out of the outbound list cannot hide a request of the extension's.
 */
export const BROWSER_VENDOR_HOSTS =
  /^(accounts\.google\.com|clients\d*\.google\.com|(.+\.)?googleapis\.com|(.+\.)?gvt1\.com|(.+\.)?mozilla\.(com|net|org)|(.+\.)?firefox\.com|(.+\.)?mozaws\.net)$/i;

/** The host a recorded proxy line is about ("CONNECT host:443" or "METHOD http://host/..."). */
export function hostOf(line: string): string {
  const target = line.split(' ')[1] ?? '';
  try {
    return target.includes('://') ? new URL(target).hostname : target.replace(/:\d+$/, '');
  } catch {
    return target;
  }
}

export interface RecordingProxy {
  port: number;
  /** "CONNECT host:port" for TLS tunnels, "METHOD url" for plain HTTP; browser-vendor service traffic left out. */
  seen(): string[];
  /** The browser's own service traffic that was left out of `seen` (for the curious; not asserted). */
  vendorTraffic(): string[];
  close(): Promise<void>;
}

export async function startRecordingProxy(): Promise<RecordingProxy> {
  const seen: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    seen.push(`${req.method ?? '?'} ${req.url ?? '?'}`);
    res.writeHead(403, { 'content-type': 'text/plain', connection: 'close' });
    res.end('blocked by the Attune e2e harness');
  });
  server.on('connect', (req, socket: Socket) => {
    seen.push(`CONNECT ${req.url ?? '?'}`);
    socket.end('HTTP/1.1 403 Forbidden\r\nconnection: close\r\n\r\n');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    seen: () => seen.filter((line) => !BROWSER_VENDOR_HOSTS.test(hostOf(line))),
    vendorTraffic: () => seen.filter((line) => BROWSER_VENDOR_HOSTS.test(hostOf(line))),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Mentions of browser-vendor hosts in a build's files ("file: host"); must be empty for the exclusion to be fair. */
export function vendorHostsIn(dir: string): string[] {
  const found: string[] = [];
  const hostLike = /\b(?:[a-z0-9-]+\.)*(?:google\.com|googleapis\.com|gvt1\.com|mozilla\.(?:com|net|org)|firefox\.com|mozaws\.net)\b/gi;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(js|mjs|html|json|css)$/.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    for (const m of readFileSync(file, 'utf8').matchAll(hostLike)) {
      if (BROWSER_VENDOR_HOSTS.test(m[0])) found.push(`${path.relative(dir, file)}: ${m[0]}`);
    }
  }
  return found;
}
