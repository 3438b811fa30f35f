import fs from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isChannel } from '../ipc/contract';
import type { Api } from '../ipc/registry';
import { createAccess, createToken, type Access } from './access';
import { MAX_BODY_BYTES, readBody } from './body';
import { sendApiError, sendJson, sendText, setSecurityHeaders } from './responses';
import { contentTypeOf, lookupStatic, safeSegments } from './static-files';

export interface ServerOptions {
  readonly api: Api;
  /** The built renderer (`out/renderer`). */
  readonly staticDir: string;
  /** 0 picks a free port. */
  readonly port?: number;
  /** Loopback only: browser mode is for the person at this machine. */
  readonly host?: '127.0.0.1';
  readonly maxBodyBytes?: number;
  /** Told about failures inside the server itself (the API reports its own through `createApi`'s options). */
  readonly onError?: (error: unknown) => void;
}

export interface RunningServer {
  readonly port: number;
  /** `http://127.0.0.1:PORT/` */
  readonly origin: string;
  readonly token: string;
  /** The address printed for the user: it carries the launch token, swapped for a cookie on first use. */
  readonly launchUrl: string;
  /** An address whose code works once, for handing to another program (its command line is visible to all). */
  oneTimeUrl(): string;
  close(): Promise<void>;
}

const API_PREFIX = '/api/';

function isJson(contentType: string | undefined) {
  const [type = '', ...params] = (contentType ?? '').split(';').map((p) => p.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return params.every((p) => !p.startsWith('charset=') || p === 'charset=utf-8' || p === 'charset="utf-8"');
}

/** Where to send the browser after it hands over the token: the same path and query, minus the token. */
function locationWithoutToken(rawPath: string, query: URLSearchParams) {
  const segments = safeSegments(rawPath) ?? [];
  query.delete('token');
  const rest = query.toString();
  // Rebuilt from decoded segments so `//evil.example` or `/\evil.example` cannot become an off-site redirect.
  return `/${segments.map(encodeURIComponent).join('/')}${rest ? `?${rest}` : ''}`;
}

async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  rawPath: string,
  access: Access,
  options: ServerOptions,
) {
  // An unread body must not keep the connection: refused requests end it.
  res.setHeader('Connection', 'close');
  if (!access.authorized(req)) {
    res.setHeader('WWW-Authenticate', 'Bearer realm="PressDesk"');
    sendApiError(res, 401, {
      kind: 'Unauthorized',
      message: 'Open PressDesk with the address printed by `pressdesk serve`',
    });
    return;
  }
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    sendApiError(res, 405, { kind: 'Validation', message: 'The API takes POST requests only' });
    return;
  }
  let channel = '';
  try {
    channel = decodeURIComponent(rawPath.slice(API_PREFIX.length));
  } catch {
    // An undecodable name is simply not a channel.
  }
  if (!isChannel(channel)) {
    sendApiError(res, 404, { kind: 'NotFound', message: `There is no API channel named ${channel || rawPath}` });
    return;
  }
  if (!isJson(req.headers['content-type'])) {
    sendApiError(res, 415, { kind: 'Validation', message: 'Send the input as application/json' });
    return;
  }
  const body = await readBody(req, options.maxBodyBytes ?? MAX_BODY_BYTES);
  if (body.kind === 'aborted') {
    res.destroy();
    return;
  }
  if (body.kind === 'too-large') {
    // Reading stopped at the limit; the rest is never read, so the socket goes once the answer is out.
    res.once('finish', () => req.socket.destroy());
    sendApiError(res, 413, { kind: 'Validation', message: 'The request is larger than 10 MB' });
    return;
  }
  let input: unknown;
  if (body.text.trim() !== '') {
    try {
      input = JSON.parse(body.text);
    } catch {
      sendApiError(res, 400, { kind: 'Validation', message: 'The request body is not valid JSON' });
      return;
    }
  }
  res.removeHeader('Connection');
  sendJson(res, 200, await options.api.call(channel, input));
}

function handleStatic(
  req: IncomingMessage,
  res: ServerResponse,
  rawPath: string,
  query: URLSearchParams,
  access: Access,
  options: ServerOptions,
) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    sendText(res, 405, 'Method not allowed.\n');
    return;
  }
  const offered = query.get('token');
  if (offered !== null) {
    if (!access.redeem(offered)) {
      sendText(res, 401, 'This address is from another PressDesk session. Use the one `pressdesk serve` printed.\n');
      return;
    }
    res.writeHead(303, { Location: locationWithoutToken(rawPath, query), 'Set-Cookie': access.setCookieHeader() });
    res.end();
    return;
  }
  // The shell (index.html and its assets) holds no data, so it loads without the token: a page opened without it
  // can then say how to get in instead of showing a bare 401. Everything with data is under /api.
  const found = lookupStatic(options.staticDir, rawPath);
  switch (found.kind) {
    case 'bad-path':
      sendText(res, 400, 'Bad path.\n');
      return;
    case 'not-found':
      sendText(res, 404, 'Not found.\n');
      return;
    case 'no-shell':
      sendText(res, 503, 'The PressDesk window is not built. Run `npm run build` in the PressDesk folder.\n');
      return;
    case 'file':
      res.writeHead(200, {
        'Content-Type': contentTypeOf(found.file),
        'Content-Length': found.size,
        // Replaces the no-store of setSecurityHeaders for hashed files only: see lookupStatic.
        'Cache-Control': found.cacheControl,
      });
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      fs.createReadStream(found.file)
        .on('error', (error) => {
          options.onError?.(error);
          res.destroy();
        })
        .pipe(res);
  }
}

/**
 * Browser mode: the built renderer plus `POST /api/<channel>` through the same registry as the Electron app, on
 * 127.0.0.1 only, behind a per-launch token. Refuses foreign `Host` (DNS rebinding) and `Origin` (other sites) with
 * 403 before anything else, and never sends CORS headers.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const token = createToken();
  const server = http.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port, address } = server.address() as AddressInfo;
  // Requests are handled only from here on: the allowed Host and Origin name the port, known once listening.
  const access = createAccess(token, port);
  if (options.onError) server.on('error', options.onError);

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    setSecurityHeaders(res);
    const handle = async () => {
      if (!access.hostAllowed(req) || !access.originAllowed(req)) {
        res.setHeader('Connection', 'close');
        sendText(res, 403, 'Forbidden: PressDesk answers only its own address.\n');
        return;
      }
      const target = req.url ?? '';
      if (!target.startsWith('/')) {
        sendText(res, 400, 'Bad request.\n');
        return;
      }
      const q = target.indexOf('?');
      const rawPath = q === -1 ? target : target.slice(0, q);
      const query = new URLSearchParams(q === -1 ? '' : target.slice(q + 1));
      if (rawPath === '/api' || rawPath.startsWith(API_PREFIX)) {
        await handleApi(req, res, rawPath, access, options);
      } else {
        handleStatic(req, res, rawPath, query, access, options);
      }
    };
    handle().catch((error: unknown) => {
      options.onError?.(error);
      if (res.headersSent) res.destroy();
      else sendApiError(res, 500, { kind: 'Internal', message: 'Something went wrong inside PressDesk' });
    });
  });

  // Built from where the socket is really bound, so the printed address cannot claim more than the truth.
  const origin = `http://${address}:${port}/`;
  let closing: Promise<void> | undefined;
  return {
    port,
    origin,
    token,
    launchUrl: `${origin}?token=${token}`,
    oneTimeUrl: () => `${origin}?token=${access.issueOneTimeCode()}`,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        // Requests are short; anything still open after a moment is a stuck client.
        setTimeout(() => server.closeAllConnections(), 1000).unref();
      });
      return closing;
    },
  };
}
