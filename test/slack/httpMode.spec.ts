import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSlackApp, type RunningSlackApp } from '../../src/slack/app.js';
import { buildSearchable } from '../../src/search/loadSearchable.js';
import { openDatabase, type Db } from '../../src/store/database.js';
import { sqliteFeedbackStore, type FeedbackStore } from '../../src/store/feedbackStore.js';
import { actionBody, eventBody, FakeSlack, quietLogger, signedHeaders, SIGNING_SECRET, slashCommandBody } from './fakeSlack.js';

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';

describe('the Slack app in HTTP mode, against a local fake Slack', () => {
  const slack = new FakeSlack();
  let running: RunningSlackApp;
  let base: string;
  let db: Db;
  let feedback: FeedbackStore;
  const log = quietLogger();

  beforeAll(async () => {
    await slack.start();
    db = openDatabase(':memory:');
    feedback = sqliteFeedbackStore(db);
    const searchable = await buildSearchable(['content']);
    running = await startSlackApp(
      { mode: 'http', botToken: 'xoxb-test', signingSecret: SIGNING_SECRET, port: 0, apiUrl: slack.apiUrl },
      { searchable, feedback },
      { retries: 2, logger: log.logger as never },
    );
    base = `http://127.0.0.1:${(running.server!.address() as AddressInfo).port}`;
  }, 60_000);

  afterAll(async () => {
    await running?.stop();
    await slack.close();
    db?.close();
  });

  beforeEach(() => {
    slack.calls = [];
    slack.responses = [];
  });

  const post = (body: string, headers: Record<string, string>) => fetch(`${base}/slack/events`, { method: 'POST', body, headers });

  it('answers the url_verification challenge', async () => {
    const body = JSON.stringify({ type: 'url_verification', challenge: 'abc123', token: 'x' });
    const res = await post(body, signedHeaders(body, JSON_TYPE));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ challenge: 'abc123' });
  });

  it('serves /healthz', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
  });

  it('acks /ask at once and answers privately with cited facts and a Share button', async () => {
    const body = slashCommandBody('which ports does the health agent need?', slack.responseUrl('ask1'));
    const started = Date.now();
    const res = await post(body, signedHeaders(body, FORM));
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(1500);
    const reply = await slack.until(() => slack.responses.find((r) => r.path === '/respond/ask1'));
    expect(reply.body.response_type).toBe('ephemeral');
    const blocks = JSON.stringify(reply.body.blocks);
    expect(blocks).toContain('TCP 443, TCP 5671');
    expect(blocks).toContain('connect-health-agent-install.md:37');
    expect(blocks).toContain('share_answer');
    expect(blocks).toContain('feedback_helpful');
  });

  it('answers a mention in the thread of that message', async () => {
    const body = eventBody({ type: 'app_mention', user: 'U1', text: '<@UBOT> endpoints for gov cloud?', ts: '1700000001.000200', channel: 'C9' });
    const res = await post(body, signedHeaders(body, JSON_TYPE));
    expect(res.status).toBe(200);
    const call = await slack.until(() => slack.callsTo('chat.postMessage')[0]);
    expect(call.body).toMatchObject({ channel: 'C9', thread_ts: '1700000001.000200' });
    expect(JSON.stringify(call.body.blocks)).toContain('*.blob.core.usgovcloudapi.net');
  });

  it('answers a direct message in the DM, in its thread when asked in one', async () => {
    const body = eventBody({ type: 'message', channel_type: 'im', user: 'U1', text: 'what does StagingMode default to?', ts: '1700000002.000300', thread_ts: '1700000001.000001', channel: 'D1' });
    await post(body, signedHeaders(body, JSON_TYPE));
    const call = await slack.until(() => slack.callsTo('chat.postMessage')[0]);
    expect(call.body).toMatchObject({ channel: 'D1', thread_ts: '1700000001.000001' });
    expect(JSON.stringify(call.body.blocks)).toContain('$false');
  });

  it('shares an /ask answer in the channel and removes the private copy', async () => {
    const body = actionBody('share_answer', 'which ports does the health agent need?', slack.responseUrl('share1'));
    const res = await post(body, signedHeaders(body, FORM));
    expect(res.status).toBe(200);
    const call = await slack.until(() => slack.callsTo('chat.postMessage')[0]);
    expect(call.body.channel).toBe('C1');
    expect(JSON.stringify(call.body.blocks)).toContain('TCP 443');
    await slack.until(() => slack.responses.find((r) => r.path === '/respond/share1' && r.body.delete_original === true));
  });

  it('records "Not helpful" feedback for kb gaps and thanks the user privately', async () => {
    const body = actionBody('feedback_not_helpful', JSON.stringify({ q: 'how do I frobnicate the agent?', f: 'x#y' }), slack.responseUrl('fb1'));
    await post(body, signedHeaders(body, FORM));
    await slack.until(() => slack.responses.find((r) => r.path === '/respond/fb1'));
    expect(feedback.gaps()).toContainEqual(expect.objectContaining({ question: 'how do I frobnicate the agent?', reason: 'not helpful', count: 1 }));
  });

  it('says plainly when the docs do not answer, offers topics as buttons, and records the gap', async () => {
    const body = slashCommandBody('How do I configure Okta federation?', slack.responseUrl('nope'));
    await post(body, signedHeaders(body, FORM));
    const reply = await slack.until(() => slack.responses.find((r) => r.path === '/respond/nope'));
    expect(JSON.stringify(reply.body.blocks)).toContain("don't cover that");
    expect(JSON.stringify(reply.body.blocks)).toContain('ask_suggestion');
    expect(feedback.gaps()).toContainEqual(expect.objectContaining({ question: 'How do I configure Okta federation?', reason: 'unanswered' }));
  });

  it('answers a clicked suggestion in the thread of the message it was offered in', async () => {
    const body = actionBody('ask_suggestion_0', 'Which ports does Microsoft Entra Connect Health need?', slack.responseUrl('sug1'));
    await post(body, signedHeaders(body, FORM));
    const call = await slack.until(() => slack.callsTo('chat.postMessage')[0]);
    expect(call.body).toMatchObject({ channel: 'C1', thread_ts: '1700000000.000100' });
  });

  it('publishes the App Home tab', async () => {
    const body = eventBody({ type: 'app_home_opened', user: 'U1', channel: 'D1', tab: 'home' });
    await post(body, signedHeaders(body, JSON_TYPE));
    const call = await slack.until(() => slack.callsTo('views.publish')[0]);
    expect(JSON.stringify(call.body.view)).toContain('What I know');
  });

  describe('rejects requests not signed by Slack, with no side effects', () => {
    const body = slashCommandBody('which ports?', 'http://127.0.0.1:9/respond/forged');
    it.each([
      ['a forged signature', signedHeaders(body, FORM, { secret: 'not-the-secret' })],
      ['a stale timestamp (over 5 minutes)', signedHeaders(body, FORM, { timestamp: Math.floor(Date.now() / 1000) - 600 })],
      ['no signature at all', { 'content-type': FORM }],
    ])('%s → 401', async (_name, headers) => {
      const res = await post(body, headers);
      expect(res.status).toBe(401);
      await new Promise((r) => setTimeout(r, 200));
      expect(slack.calls.filter((c) => c.method !== 'auth.test')).toEqual([]);
      expect(slack.responses).toEqual([]);
    });
  });

  it('does not answer a redelivered event twice', async () => {
    const body = eventBody({ type: 'app_mention', user: 'U1', text: '<@UBOT> which ports?', ts: '1700000003.000400', channel: 'C9' }, 'EvSAME');
    await post(body, signedHeaders(body, JSON_TYPE));
    await slack.until(() => slack.callsTo('chat.postMessage')[0]);
    await post(body, signedHeaders(body, JSON_TYPE, { retryNum: 1 }));
    await new Promise((r) => setTimeout(r, 300));
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('still delivers the answer when the Web API answers 429 first', async () => {
    slack.rateLimitOnce.add('chat.postMessage');
    const body = eventBody({ type: 'app_mention', user: 'U1', text: '<@UBOT> which ports does the health agent need?', ts: '1700000004.000500', channel: 'C9' });
    await post(body, signedHeaders(body, JSON_TYPE));
    const call = await slack.until(() => slack.callsTo('chat.postMessage')[0], 8000);
    expect(JSON.stringify(call.body.blocks)).toContain('TCP 443');
  }, 15_000);

  it.each([
    ['10,000 characters', 'x'.repeat(10_000)],
    ['control characters', 'which\u0000 ports\u0007 does the\u001b health agent need?'],
    ['an emoji flood', '🔥'.repeat(500)],
  ])('replies politely to %s', async (_name, text) => {
    const body = slashCommandBody(text, slack.responseUrl('junk'));
    const res = await post(body, signedHeaders(body, FORM));
    expect(res.status).toBe(200);
    const reply = await slack.until(() => slack.responses.find((r) => r.path === '/respond/junk'));
    expect(typeof reply.body.text).toBe('string');
  });

  it('survives a malformed interactive payload and keeps answering', async () => {
    const body = new URLSearchParams({ payload: '{not json' }).toString();
    const res = await post(body, signedHeaders(body, FORM));
    expect(res.status).toBeGreaterThanOrEqual(400);
    const ok = slashCommandBody('which ports does the health agent need?', slack.responseUrl('after'));
    await post(ok, signedHeaders(ok, FORM));
    await slack.until(() => slack.responses.find((r) => r.path === '/respond/after'));
  });
});
