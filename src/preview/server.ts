import { createHmac, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { startSlackApp, type RunningSlackApp } from '../slack/app.js';
import type { SlackDeps } from '../slack/deps.js';
import type { Db } from '../store/database.js';
import { BOT_USER, LocalSlack, PREVIEW_CHANNEL, PREVIEW_USERS } from './localSlack.js';
import { readBody, parseWebApiBody } from './httpBody.js';
import { PREVIEW_PAGE } from './page.js';

export interface PreviewOptions extends SlackDeps {
  db: Db;
  port: number;
  /** Where to listen; the preview is for this machine only. */
  host?: string;
}

export interface RunningPreview {
  url: string;
  stop(): Promise<void>;
}

/**
 * The local preview: a web page that behaves like a Slack channel, driving the real Bolt app and
 * its handlers. The browser's messages and clicks become signed Slack requests to the app's HTTP
 * receiver; the Web API methods the app calls are answered here, by `LocalSlack`.
 */
export async function startPreview(options: PreviewOptions): Promise<RunningPreview> {
  const local = new LocalSlack(options.db);
  const signingSecret = randomBytes(16).toString('hex');
  const host = options.host ?? '127.0.0.1';
  let appUrl = '';
  let nextUser = 0;
  const triggers = new Map<string, string>();

  const server: Server = createServer((req, res) => {
    void route(req, res).catch((error: Error) => send(res, 500, { ok: false, error: error.message }));
  });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'GET' && url.pathname === '/') return sendHtml(res, PREVIEW_PAGE);
    if (req.method === 'GET' && url.pathname === '/healthz') return send(res, 200, { ok: true });
    if (req.method === 'GET' && url.pathname === '/readme') return sendText(res, readme());
    if (url.pathname.startsWith('/api/')) return webApi(url.pathname.slice(5), await readBody(req), req.headers['content-type'], res);
    if (url.pathname.startsWith('/preview/respond/')) return responseUrl(url.pathname, await readBody(req), res);
    if (req.method === 'GET' && url.pathname === '/preview/hello') {
      return send(res, 200, { user: PREVIEW_USERS[nextUser++ % PREVIEW_USERS.length], users: PREVIEW_USERS });
    }
    if (req.method === 'GET' && url.pathname === '/preview/state') return send(res, 200, state(url.searchParams.get('user') ?? ''));
    if (req.method === 'GET' && url.pathname === '/preview/stream') return stream(req, res);
    if (req.method === 'POST' && url.pathname === '/preview/say') return say(JSON.parse((await readBody(req)) || '{}') as SayRequest, res);
    if (req.method === 'POST' && url.pathname === '/preview/action') return action(JSON.parse((await readBody(req)) || '{}') as ActionRequest, res);
    if (req.method === 'POST' && url.pathname === '/preview/view') return submitView(JSON.parse((await readBody(req)) || '{}') as ViewRequest, res);
    if (req.method === 'POST' && url.pathname === '/preview/home') return openHome(JSON.parse((await readBody(req)) || '{}') as { user: string }, res);
    send(res, 404, { ok: false, error: 'not_found' });
  }

  function state(user: string) {
    const modal = [...local.modals.values()].find((m) => m.user === user);
    return { channel: PREVIEW_CHANNEL, bot: BOT_USER, users: PREVIEW_USERS, messages: local.visibleTo(user), modal: modal ?? null, home: local.homes.get(user) ?? null };
  }

  function stream(req: IncomingMessage, res: ServerResponse) {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    res.write('event: changed\ndata: {}\n\n');
    const off = local.onChange(() => res.write('event: changed\ndata: {}\n\n'));
    req.on('close', off);
  }

  // ---- what the browser does, as Slack would deliver it to the app ----

  interface SayRequest { user: string; text: string; threadTs?: string }
  async function say(body: SayRequest, res: ServerResponse) {
    const user = knownUser(body.user);
    const text = String(body.text ?? '').slice(0, 12_000);
    const command = /^\/(ask|readiness)(?:\s+([\s\S]*))?$/.exec(text.trim());
    if (command) {
      const responseId = randomBytes(6).toString('hex');
      const form = new URLSearchParams({
        token: 'preview', team_id: 'T_PREVIEW', team_domain: 'preview', channel_id: PREVIEW_CHANNEL, channel_name: 'helpdesk',
        user_id: user, user_name: user, command: `/${command[1]}`, text: command[2] ?? '', api_app_id: 'A_PREVIEW',
        response_url: `${selfUrl()}/preview/respond/${user}/${responseId}`, trigger_id: trigger(user),
      }).toString();
      return forward(form, 'application/x-www-form-urlencoded', res);
    }
    const posted = local.post({ channel: PREVIEW_CHANNEL, user, text, blocks: [], ...(body.threadTs ? { threadTs: body.threadTs } : {}) });
    // In the preview every message is addressed to the bot, as a mention would be in Slack.
    const event = { type: 'app_mention', user, text: `<@${BOT_USER}> ${text}`, ts: posted.ts, channel: PREVIEW_CHANNEL, ...(body.threadTs ? { thread_ts: body.threadTs } : {}) };
    return forward(JSON.stringify({ token: 'preview', team_id: 'T_PREVIEW', api_app_id: 'A_PREVIEW', type: 'event_callback', event_id: `Ev${posted.ts}`, event_time: Math.floor(Date.now() / 1000), event }), 'application/json', res);
  }

  interface ActionRequest { user: string; ts: string; actionId: string; blockId?: string; value?: string; selected?: string; type?: 'button' | 'overflow' }
  async function action(body: ActionRequest, res: ServerResponse) {
    const user = knownUser(body.user);
    const message = local.get(body.ts);
    if (!message) return send(res, 404, { ok: false, error: 'message_not_found' });
    const responseId = message.responseId ?? randomBytes(6).toString('hex');
    const actionPayload = body.type === 'overflow'
      ? { type: 'overflow', action_id: body.actionId, block_id: body.blockId ?? 'b', selected_option: { text: { type: 'plain_text', text: body.selected ?? '' }, value: body.selected ?? '' }, action_ts: String(Date.now() / 1000) }
      : { type: 'button', action_id: body.actionId, block_id: body.blockId ?? 'b', value: body.value ?? '', action_ts: String(Date.now() / 1000) };
    const payload = {
      type: 'block_actions', team: { id: 'T_PREVIEW' }, user: { id: user, username: user }, api_app_id: 'A_PREVIEW', token: 'preview',
      trigger_id: trigger(user), response_url: `${selfUrl()}/preview/respond/${user}/${responseId}`,
      channel: { id: PREVIEW_CHANNEL, name: 'helpdesk' },
      container: { type: 'message', message_ts: message.ts, channel_id: PREVIEW_CHANNEL, is_ephemeral: !!message.ephemeralFor },
      message: { ts: message.ts, text: message.text, ...(message.threadTs ? { thread_ts: message.threadTs } : {}) },
      actions: [actionPayload],
    };
    return forward(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded', res);
  }

  interface ViewRequest { user: string; viewId: string; values: Record<string, Record<string, string>> }
  async function submitView(body: ViewRequest, res: ServerResponse) {
    const user = knownUser(body.user);
    const modal = local.modals.get(body.viewId);
    if (!modal || modal.user !== user) return send(res, 404, { ok: false, error: 'view_not_found' });
    const values: Record<string, Record<string, unknown>> = {};
    for (const [block, actions] of Object.entries(body.values ?? {})) {
      values[block] = Object.fromEntries(Object.entries(actions).map(([actionId, value]) => [actionId, { type: 'plain_text_input', value }]));
    }
    const payload = {
      type: 'view_submission', team: { id: 'T_PREVIEW' }, user: { id: user }, api_app_id: 'A_PREVIEW', token: 'preview', trigger_id: trigger(user),
      view: { ...modal.view, id: modal.id, state: { values }, hash: 'preview' },
    };
    const response = await signedPost(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded');
    const text = await response.text();
    const ackBody = text ? (JSON.parse(text) as { response_action?: string; errors?: Record<string, string> }) : {};
    if (ackBody.response_action === 'errors') return send(res, 200, { ok: false, errors: ackBody.errors });
    local.closeModal(modal.id);
    send(res, 200, { ok: true });
  }

  async function openHome(body: { user: string }, res: ServerResponse) {
    const user = knownUser(body.user);
    const event = { type: 'app_home_opened', user, channel: `D_${user}`, tab: 'home', event_ts: String(Date.now() / 1000) };
    return forward(JSON.stringify({ token: 'preview', team_id: 'T_PREVIEW', api_app_id: 'A_PREVIEW', type: 'event_callback', event_id: `EvHome${Date.now()}`, event_time: 1, event }), 'application/json', res);
  }

  function trigger(user: string): string {
    const id = `trigger.${randomBytes(6).toString('hex')}`;
    triggers.set(id, user);
    return id;
  }

  function knownUser(user: unknown): string {
    return PREVIEW_USERS.find((u) => u.id === user)?.id ?? PREVIEW_USERS[0]!.id;
  }

  async function forward(body: string, contentType: string, res: ServerResponse) {
    const response = await signedPost(body, contentType);
    send(res, response.status === 200 ? 200 : 502, { ok: response.status === 200 });
  }

  /** The request as Slack would sign it, to the app's own receiver. */
  function signedPost(body: string, contentType: string) {
    const ts = Math.floor(Date.now() / 1000);
    const signature = createHmac('sha256', signingSecret).update(`v0:${ts}:${body}`).digest('hex');
    return fetch(appUrl, { method: 'POST', body, headers: { 'content-type': contentType, 'x-slack-request-timestamp': String(ts), 'x-slack-signature': `v0=${signature}` } });
  }

  // ---- what the app calls: the Web API and response_url ----

  function webApi(method: string, raw: string, contentType: string | undefined, res: ServerResponse) {
    const body = parseWebApiBody(raw, contentType);
    const blocks = (body.blocks as unknown[] | undefined) ?? [];
    switch (method) {
      case 'auth.test':
        return send(res, 200, { ok: true, user_id: BOT_USER, bot_id: 'B_KB_BOT', team_id: 'T_PREVIEW', user: 'kb' });
      case 'chat.postMessage': {
        const m = local.post({ channel: String(body.channel ?? PREVIEW_CHANNEL), user: BOT_USER, text: String(body.text ?? ''), blocks, ...(body.thread_ts ? { threadTs: String(body.thread_ts) } : {}) });
        return send(res, 200, { ok: true, channel: m.channel, ts: m.ts, message: { ts: m.ts, text: m.text } });
      }
      case 'chat.postEphemeral': {
        const m = local.post({ channel: String(body.channel ?? PREVIEW_CHANNEL), user: BOT_USER, text: String(body.text ?? ''), blocks, ephemeralFor: String(body.user), ...(body.thread_ts ? { threadTs: String(body.thread_ts) } : {}) });
        return send(res, 200, { ok: true, message_ts: m.ts });
      }
      case 'chat.update': {
        const updated = local.update(String(body.ts), { text: String(body.text ?? ''), ...(body.blocks ? { blocks } : {}) });
        return send(res, 200, updated ? { ok: true, channel: body.channel, ts: body.ts } : { ok: false, error: 'message_not_found' });
      }
      case 'views.open': {
        const user = triggers.get(String(body.trigger_id));
        if (!user) return send(res, 200, { ok: false, error: 'invalid_trigger_id' });
        const modal = local.openModal(user, body.view as Record<string, unknown>);
        return send(res, 200, { ok: true, view: { id: modal.id, hash: 'preview' } });
      }
      case 'views.publish':
        local.setHome(String(body.user_id), body.view);
        return send(res, 200, { ok: true, view: { id: 'V_HOME', hash: 'preview' } });
      default:
        return send(res, 200, { ok: false, error: 'unknown_method' });
    }
  }

  function responseUrl(pathname: string, raw: string, res: ServerResponse) {
    const [, , , user = '', responseId = ''] = pathname.split('/');
    const body = JSON.parse(raw || '{}') as { response_type?: string; replace_original?: boolean; delete_original?: boolean; text?: string; blocks?: unknown[] };
    const earlier = local.byResponseId(responseId);
    if (body.delete_original) {
      for (const m of earlier) local.remove(m.ts);
      return send(res, 200, { ok: true });
    }
    if (body.replace_original && earlier[0]) {
      local.update(earlier[0].ts, { text: body.text ?? '', blocks: body.blocks ?? [] });
      return send(res, 200, { ok: true });
    }
    const inChannel = body.response_type === 'in_channel';
    local.post({ channel: PREVIEW_CHANNEL, user: BOT_USER, text: body.text ?? '', blocks: body.blocks ?? [], responseId, ...(inChannel ? {} : { ephemeralFor: knownUser(user) }) });
    send(res, 200, { ok: true });
  }

  function selfUrl(): string {
    const address = server.address() as AddressInfo;
    return `http://127.0.0.1:${address.port}`;
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, resolve);
  });
  const app: RunningSlackApp = await startSlackApp(
    { mode: 'http', botToken: 'xoxb-local-preview', signingSecret, port: 0, apiUrl: `${selfUrl()}/api/` },
    options,
    { retries: 0, ...(options.logger ? { logger: options.logger } : {}) },
  );
  appUrl = `http://127.0.0.1:${(app.server!.address() as AddressInfo).port}/slack/events`;
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://localhost:${port}`,
    stop: async () => {
      await app.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function send(res: ServerResponse, status: number, body: unknown) {
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

function sendText(res: ServerResponse, text: string) {
  res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(text);
}

/** The project's README, for the banner's link to connecting a real workspace. */
function readme(): string {
  try {
    return readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'README.md'), 'utf8');
  } catch {
    return 'README.md is not available here.';
  }
}

function sendHtml(res: ServerResponse, html: string) {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
}


