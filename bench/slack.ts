import type { AddressInfo } from 'node:net';
import { answer } from '../src/answer/answer.js';
import { startSlackApp } from '../src/slack/app.js';
import { buildSearchable, type Searchable } from '../src/search/loadSearchable.js';
import { openDatabase } from '../src/store/database.js';
import { sqliteFeedbackStore } from '../src/store/feedbackStore.js';
import { FakeSlack, quietLogger, signedHeaders, SIGNING_SECRET, slashCommandBody } from '../test/slack/fakeSlack.js';
import { percentile, row } from './support.js';

const CONCURRENCY = 50;
const SECONDS = 10;
const QUESTIONS = ['which ports does the health agent need?', 'gov cloud endpoints', 'how do I set a proxy for the agent?', 'what does StagingMode default to?', 'tell me a joke'];

/** Signed /ask requests, 50 at a time for 10 s, against HTTP mode on loopback with a fake Web API. */
export async function run(): Promise<void> {
  const slack = new FakeSlack();
  await slack.start();
  const searchable: Searchable = await buildSearchable(['content']);
  let engineMs = 0;
  let engineCalls = 0;
  const db = openDatabase(':memory:');
  const running = await startSlackApp(
    { mode: 'http', botToken: 'xoxb-bench', signingSecret: SIGNING_SECRET, port: 0, apiUrl: slack.apiUrl },
    { searchable, feedback: sqliteFeedbackStore(db) },
    { retries: 0, logger: quietLogger().logger as never },
  );
  const url = `http://127.0.0.1:${(running.server!.address() as AddressInfo).port}/slack/events`;
  for (const q of QUESTIONS) answer(q, searchable); // warm up
  for (let i = 0; i < 20; i++) {
    for (const q of QUESTIONS) {
      const start = performance.now();
      answer(q, searchable);
      engineMs += performance.now() - start;
      engineCalls++;
    }
  }
  const perAnswer = engineMs / engineCalls;

  const latencies: number[] = [];
  let failures = 0;
  const deadline = Date.now() + SECONDS * 1000;
  let n = 0;
  const worker = async () => {
    while (Date.now() < deadline) {
      const body = slashCommandBody(QUESTIONS[n++ % QUESTIONS.length]!, slack.responseUrl(`b${n}`));
      const start = performance.now();
      const res = await fetch(url, { method: 'POST', body, headers: signedHeaders(body, 'application/x-www-form-urlencoded') });
      await res.arrayBuffer();
      latencies.push(performance.now() - start);
      if (res.status !== 200) failures++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const elapsed = (performance.now() - started) / 1000;
  await new Promise((r) => setTimeout(r, 500));
  console.log(`slack /ask load: ${CONCURRENCY} concurrent, ${SECONDS} s, HTTP mode on loopback`);
  row('requests (non-200)', `${latencies.length} (${failures})`);
  row('requests/s', `${(latencies.length / elapsed).toFixed(0)}`);
  row('ack latency p50 / p99', `${percentile(latencies, 50).toFixed(1)} ms / ${percentile(latencies, 99).toFixed(1)} ms`);
  row('answer engine per request', `${perAnswer.toFixed(2)} ms (${((perAnswer * latencies.length) / (elapsed * 1000) * 100).toFixed(0)}% of wall time)`);
  row('answers delivered to response_url', `${slack.responses.length}`);
  await running.stop();
  await slack.close();
  db.close();
}
