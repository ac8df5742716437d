import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTopics } from '../../src/checklist/loadTopics.js';
import { createReadiness } from '../../src/checklist/readiness.js';
import { startSlackApp, type RunningSlackApp } from '../../src/slack/app.js';
import { buildSearchable, type Searchable } from '../../src/search/loadSearchable.js';
import { openDatabase, type Db } from '../../src/store/database.js';
import { sqliteFeedbackStore } from '../../src/store/feedbackStore.js';
import { sqliteRunStore } from '../../src/store/runStore.js';
import { actionBody, FakeSlack, quietLogger, signedHeaders, SIGNING_SECRET, slashCommandBody } from './fakeSlack.js';

const FORM = 'application/x-www-form-urlencoded';

describe('/readiness in Slack, end to end against local stand-ins', () => {
  const slack = new FakeSlack();
  const dbFile = path.join(mkdtempSync(path.join(tmpdir(), 'kb-readiness-slack-')), 'kb.db');
  let searchable: Searchable;
  let running: RunningSlackApp;
  let db: Db;
  let base: string;

  async function startApp() {
    db = openDatabase(dbFile);
    const readiness = { topics: createReadiness(loadTopics(['content']), searchable), runs: sqliteRunStore(db) };
    running = await startSlackApp(
      { mode: 'http', botToken: 'xoxb-test', signingSecret: SIGNING_SECRET, port: 0, apiUrl: slack.apiUrl },
      { searchable, feedback: sqliteFeedbackStore(db), readiness },
      { retries: 2, logger: quietLogger().logger as never },
    );
    base = `http://127.0.0.1:${(running.server!.address() as AddressInfo).port}/slack/events`;
  }
  async function stopApp() {
    await running.stop();
    db.close();
  }

  beforeAll(async () => {
    await slack.start();
    searchable = await buildSearchable(['content']);
    await startApp();
  }, 60_000);

  afterAll(async () => {
    await stopApp().catch(() => undefined);
    await slack.close();
  });

  const post = (body: string) => fetch(base, { method: 'POST', body, headers: signedHeaders(body, FORM) });
  const command = (text: string, id: string, user = 'U1') => post(slashCommandBody(text, slack.responseUrl(id)).replace('user_id=U1', `user_id=${user}`).replace('command=%2Fask', 'command=%2Freadiness'));
  const overflow = (value: string, user: string, id: string) =>
    post(actionBody('readiness_item', '', slack.responseUrl(id), {
      user: { id: user },
      actions: [{ type: 'overflow', action_id: 'readiness_item', block_id: 'item', selected_option: { text: { type: 'plain_text', text: 'x' }, value }, action_ts: '1' }],
    }));
  const lastUpdate = () => slack.callsTo('chat.update').at(-1)!;

  let runId = '';
  let messageTs = '';
  let itemIndexes: number[] = [];

  it('lists the topics as buttons', async () => {
    await command('', 'topics');
    const reply = await slack.until(() => slack.responses.find((r) => r.path === '/respond/topics'));
    expect(JSON.stringify(reply.body.blocks)).toContain('readiness_start_health-agent');
  });

  it('answers an unknown topic with the list of topics', async () => {
    await command('kubernetes', 'unknown');
    const reply = await slack.until(() => slack.responses.find((r) => r.path === '/respond/unknown'));
    expect(JSON.stringify(reply.body.blocks)).toContain('I don\'t know the topic \\"kubernetes\\"');
  });

  it('posts a checklist for the channel, asking the variant and the environment first', async () => {
    await command('health-agent', 'start');
    const posted = await slack.until(() => slack.callsTo('chat.postMessage').find((c) => JSON.stringify(c.body.blocks).includes('Readiness: Microsoft Entra Connect Health agent')));
    expect(JSON.stringify(posted.body.blocks)).toContain('Which one are you preparing?');
    runId = /run `([0-9a-f]+)`/.exec(JSON.stringify(posted.body.blocks))![1]!;
    messageTs = await slack.until(() => sqliteRunStore(db).get(runId)?.messageTs);

    await post(actionBody('readiness_choose_g_sync', `${runId}|g|sync`, slack.responseUrl('g')));
    await slack.until(() => JSON.stringify(lastUpdate()?.body.blocks ?? '').includes('Which cloud environment applies?'));
    await post(actionBody('readiness_choose_e_1', `${runId}|e|1`, slack.responseUrl('e')));
    const update = await slack.until(() => {
      const u = lastUpdate();
      return u && JSON.stringify(u.body.blocks).includes('usgovcloudapi.net') ? u : undefined;
    });
    expect(update.body).toMatchObject({ channel: 'C1', ts: messageTs });
    expect(JSON.stringify(update.body.blocks)).not.toContain('*.blob.core.windows.net');
    itemIndexes = [...JSON.stringify(update.body.blocks).matchAll(new RegExp(`${runId}\\|(\\d+)\\|done`, 'g'))].map((m) => Number(m[1]));
    expect(itemIndexes.length).toBeGreaterThan(20);
  });

  it('takes clicks from two people at once and loses none', async () => {
    const half = itemIndexes.slice(0, 10);
    await Promise.all(half.map((index, i) => overflow(`${runId}|${index}|${i === 0 ? 'blocked' : 'done'}`, i % 2 ? 'U1' : 'U2', `click${i}`)));
    await slack.until(() => {
      const run = sqliteRunStore(db).get(runId);
      return run && Object.keys(run.states).length === 10;
    });
    await slack.until(() => JSON.stringify(lastUpdate().body.blocks).includes('10/'));
    const states = Object.values(sqliteRunStore(db).get(runId)!.states);
    expect(states.map((s) => s.status).sort()).toEqual(['blocked', ...Array<string>(9).fill('done')]);
    expect(new Set(states.map((s) => s.by))).toEqual(new Set(['U1', 'U2']));
  });

  it('saves a note from the modal and shows it', async () => {
    await overflow(`${runId}|${itemIndexes[0]}|note`, 'U1', 'note');
    const open = await slack.until(() => slack.callsTo('views.open')[0]);
    expect(JSON.stringify(open.body.view)).toContain('readiness_note');
    const payload = {
      type: 'view_submission', team: { id: 'T1' }, user: { id: 'U1' }, api_app_id: 'A1', token: 'x', trigger_id: 't',
      view: { id: 'V1', type: 'modal', callback_id: 'readiness_note', private_metadata: `${runId}|${itemIndexes[0]}`, state: { values: { note: { text: { type: 'plain_text_input', value: 'Firewall change CHG-1234 pending' } } } }, hash: 'h' },
    };
    const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    const res = await post(body);
    expect(res.status).toBe(200);
    await slack.until(() => JSON.stringify(lastUpdate().body.blocks).includes('CHG-1234'));
  });

  it('keeps the run through a restart, finishes it, and posts the summary with the remedy', async () => {
    await stopApp();
    await startApp();
    await command('status', 'status');
    const status = await slack.until(() => slack.responses.find((r) => r.path === '/respond/status'));
    expect(JSON.stringify(status.body.blocks)).toContain(`run \`${runId}\`, 10/`);

    for (const [i, index] of itemIndexes.slice(10).entries()) await overflow(`${runId}|${index}|${i === 0 ? 'na' : 'done'}`, 'U2', `rest${i}`);
    const summary = await slack.until(() => slack.callsTo('chat.postMessage').find((c) => c.body.thread_ts === messageTs && JSON.stringify(c.body.blocks).includes('resolved')));
    const text = JSON.stringify(summary.body.blocks);
    expect(text).toContain('1 blocked');
    expect(text).toContain('What the docs say');
    expect(text).toContain('CHG-1234');
    const run = sqliteRunStore(db).get(runId)!;
    expect(run.summaryPostedAt).toBeDefined();
    expect(Object.keys(run.states)).toHaveLength(itemIndexes.length);
  });

  it('answers clicks on a finished run, or an unknown one, with a friendly message', async () => {
    await overflow(`${runId}|${itemIndexes[0]}|done`, 'U1', 'late');
    const late = await slack.until(() => slack.responses.find((r) => r.path === '/respond/late'));
    expect(JSON.stringify(late.body)).toContain('finished');
    await overflow('deadbeef00|3|done', 'U1', 'stale');
    const stale = await slack.until(() => slack.responses.find((r) => r.path === '/respond/stale'));
    expect(JSON.stringify(stale.body)).toContain("isn't known");
    await overflow('garbage', 'U1', 'garbage');
    await slack.until(() => slack.responses.find((r) => r.path === '/respond/garbage'));
  });

  it('exports a Markdown report of the run in its thread', async () => {
    await command('export', 'export');
    const report = await slack.until(() => slack.callsTo('chat.postMessage').find((c) => JSON.stringify(c.body.blocks).includes('# Readiness: Microsoft Entra Connect Health agent')));
    expect(report.body.thread_ts).toBe(messageTs);
    expect(JSON.stringify(report.body.blocks)).toContain('Environment: Azure Government.');
  });
});
