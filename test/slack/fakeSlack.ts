import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { parseWebApiBody, readBody } from '../../src/preview/httpBody.js';

export interface RecordedCall {
  method: string;
  token?: string;
  body: Record<string, unknown>;
}

/**
 * A local stand-in for Slack: the Web API (records every call, answers like Slack), the
 * response_url endpoint, and a Socket Mode server (hello, envelopes, acks). Loopback only.
 */
export class FakeSlack {
  calls: RecordedCall[] = [];
  responses: { path: string; body: Record<string, unknown> }[] = [];
  acks: Record<string, unknown>[] = [];
  /** Methods that answer 429 once (with Retry-After) before they succeed. */
  rateLimitOnce = new Set<string>();
  private server: Server;
  private wss?: WebSocketServer;
  private sockets: WebSocket[] = [];
  private nextTs = 1_700_000_000;
  port = 0;

  constructor() {
    this.server = createServer((req, res) => void this.handle(req, res));
  }

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    this.wss = new WebSocketServer({ server: this.server, path: '/socket' });
    this.wss.on('connection', (socket) => {
      this.sockets.push(socket);
      socket.on('message', (data) => this.acks.push(JSON.parse(String(data)) as Record<string, unknown>));
      socket.send(JSON.stringify({ type: 'hello', num_connections: 1 }));
    });
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  responseUrl(id: string): string {
    return `http://127.0.0.1:${this.port}/respond/${id}`;
  }

  /** Sends a Socket Mode envelope to every connected client. */
  sendEnvelope(envelope: Record<string, unknown>): void {
    for (const s of this.sockets) s.send(JSON.stringify(envelope));
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Waits until `check` holds (or fails after `timeout` ms). */
  async until<T>(check: () => T | undefined | false, timeout = 5000): Promise<T> {
    const start = Date.now();
    for (;;) {
      const value = check();
      if (value) return value;
      if (Date.now() - start > timeout) throw new Error('timed out waiting for the fake Slack to see the expected call');
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.terminate();
    this.wss?.close();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: import('node:http').ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith('/respond/')) {
      this.responses.push({ path: url.pathname, body: JSON.parse(raw || '{}') as Record<string, unknown> });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
      return;
    }
    const method = url.pathname.replace(/^\/api\//, '');
    const body = parseWebApiBody(raw, req.headers['content-type']);
    if (this.rateLimitOnce.delete(method)) {
      res.writeHead(429, { 'retry-after': '1', 'content-type': 'application/json' }).end('{"ok":false,"error":"ratelimited"}');
      return;
    }
    this.calls.push({ method, token: req.headers.authorization?.replace(/^Bearer /, ''), body });
    const ts = `${this.nextTs++}.000100`;
    const reply: Record<string, unknown> = { ok: true };
    switch (method) {
      case 'auth.test': Object.assign(reply, { user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1', user: 'kb' }); break;
      case 'chat.postMessage': Object.assign(reply, { channel: body.channel, ts, message: { ts, text: body.text } }); break;
      case 'chat.postEphemeral': Object.assign(reply, { message_ts: ts }); break;
      case 'chat.update': Object.assign(reply, { channel: body.channel, ts: body.ts }); break;
      case 'views.publish': case 'views.open': case 'views.update': Object.assign(reply, { view: { id: 'V1', hash: 'h' } }); break;
      case 'apps.connections.open': Object.assign(reply, { url: `ws://127.0.0.1:${this.port}/socket` }); break;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(reply));
  }
}



export const SIGNING_SECRET = 'test-signing-secret';

/** A request signed as Slack signs it: v0=HMAC-SHA256(secret, "v0:ts:body"). */
export function signedHeaders(body: string, contentType: string, options: { secret?: string; timestamp?: number; retryNum?: number } = {}): Record<string, string> {
  const ts = options.timestamp ?? Math.floor(Date.now() / 1000);
  const signature = createHmac('sha256', options.secret ?? SIGNING_SECRET).update(`v0:${ts}:${body}`).digest('hex');
  return {
    'content-type': contentType,
    'x-slack-request-timestamp': String(ts),
    'x-slack-signature': `v0=${signature}`,
    ...(options.retryNum !== undefined ? { 'x-slack-retry-num': String(options.retryNum), 'x-slack-retry-reason': 'http_timeout' } : {}),
  };
}

export function slashCommandBody(text: string, responseUrl: string, command = '/ask'): string {
  return new URLSearchParams({
    token: 'x', team_id: 'T1', team_domain: 'acme', channel_id: 'C1', channel_name: 'helpdesk', user_id: 'U1', user_name: 'ana',
    command, text, response_url: responseUrl, trigger_id: '1.2.3', api_app_id: 'A1',
  }).toString();
}

export function eventBody(event: Record<string, unknown>, eventId = `Ev${Math.random().toString(36).slice(2)}`): string {
  return JSON.stringify({ token: 'x', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: eventId, event_time: 1, event });
}

export function actionBody(actionId: string, value: string, responseUrl: string, extra: Record<string, unknown> = {}): string {
  const payload = {
    type: 'block_actions', team: { id: 'T1' }, user: { id: 'U2', username: 'bo' }, api_app_id: 'A1', token: 'x', trigger_id: '1.2.3',
    response_url: responseUrl, channel: { id: 'C1', name: 'helpdesk' },
    container: { type: 'message', message_ts: '1700000000.000100', channel_id: 'C1', is_ephemeral: false },
    message: { ts: '1700000000.000100', text: 'answer' },
    actions: [{ type: 'button', action_id: actionId, block_id: 'b', value, action_ts: '1' }],
    ...extra,
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** Quiet logger for Bolt in tests: errors are kept for assertions. */
export function quietLogger() {
  const errors: string[] = [];
  const noop = () => undefined;
  return {
    errors,
    logger: { debug: noop, info: noop, warn: noop, error: (...m: unknown[]) => errors.push(m.map(String).join(' ')), setLevel: noop, getLevel: () => 'error' as never, setName: noop },
  };
}
