import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSlackApp, type RunningSlackApp } from '../../src/slack/app.js';
import { buildSearchable } from '../../src/search/loadSearchable.js';
import { openDatabase, type Db } from '../../src/store/database.js';
import { sqliteFeedbackStore } from '../../src/store/feedbackStore.js';
import { FakeSlack, quietLogger } from './fakeSlack.js';

describe('the Slack app in Socket Mode, against a local fake Socket Mode server', () => {
  const slack = new FakeSlack();
  let running: RunningSlackApp;
  let db: Db;

  beforeAll(async () => {
    await slack.start();
    db = openDatabase(':memory:');
    const searchable = await buildSearchable(['content']);
    running = await startSlackApp(
      { mode: 'socket', botToken: 'xoxb-test', appToken: 'xapp-test', apiUrl: slack.apiUrl },
      { searchable, feedback: sqliteFeedbackStore(db) },
      { retries: 2, logger: quietLogger().logger as never },
    );
  }, 60_000);

  afterAll(async () => {
    await running?.stop();
    await slack.close();
    db?.close();
  });

  it('opened the connection with the app token', () => {
    expect(slack.callsTo('apps.connections.open')[0]?.token).toBe('xapp-test');
  });

  it('acks a slash command envelope within 3 seconds and answers through response_url', async () => {
    const sent = Date.now();
    slack.sendEnvelope({
      envelope_id: 'env-1', type: 'slash_commands', accepts_response_payload: true,
      payload: { command: '/ask', text: 'which ports does the health agent need?', user_id: 'U1', channel_id: 'C1', team_id: 'T1', response_url: slack.responseUrl('sock1'), trigger_id: 't' },
    });
    await slack.until(() => slack.acks.find((a) => a.envelope_id === 'env-1'));
    expect(Date.now() - sent).toBeLessThan(3000);
    const reply = await slack.until(() => slack.responses.find((r) => r.path === '/respond/sock1'));
    expect(JSON.stringify(reply.body.blocks)).toContain('TCP 443');
  });

  it('answers an app_mention envelope in the thread', async () => {
    slack.sendEnvelope({
      envelope_id: 'env-2', type: 'events_api', accepts_response_payload: false, retry_attempt: 0, retry_reason: '',
      payload: { type: 'event_callback', team_id: 'T1', api_app_id: 'A1', event_id: 'EvSock1', event: { type: 'app_mention', user: 'U1', text: '<@UBOT> gov cloud endpoints', ts: '1700000009.000900', channel: 'C5' } },
    });
    await slack.until(() => slack.acks.find((a) => a.envelope_id === 'env-2'));
    const call = await slack.until(() => slack.callsTo('chat.postMessage').find((c) => c.body.channel === 'C5'));
    expect(call.body.thread_ts).toBe('1700000009.000900');
    expect(JSON.stringify(call.body.blocks)).toContain('usgovcloudapi.net');
  });

  it('acks an interactive envelope and records the feedback', async () => {
    slack.sendEnvelope({
      envelope_id: 'env-3', type: 'interactive', accepts_response_payload: false,
      payload: {
        type: 'block_actions', user: { id: 'U3' }, team: { id: 'T1' }, api_app_id: 'A1', response_url: slack.responseUrl('sock3'), trigger_id: 't',
        channel: { id: 'C1' }, container: { type: 'message', channel_id: 'C1', message_ts: '1.2' }, message: { ts: '1.2' },
        actions: [{ type: 'button', action_id: 'feedback_helpful', block_id: 'b', value: JSON.stringify({ q: 'which ports?' }), action_ts: '1' }],
      },
    });
    await slack.until(() => slack.acks.find((a) => a.envelope_id === 'env-3'));
    await slack.until(() => slack.responses.find((r) => r.path === '/respond/sock3'));
    expect(db.prepare('SELECT user, question, helpful FROM feedback').all()).toEqual([{ user: 'U3', question: 'which ports?', helpful: 1 }]);
  });
});
