import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { run as ingest } from './ingest.js';
import { run as answer } from './answer.js';
import { run as slack } from './slack.js';

/**
 * `npm run bench`: every benchmark, one file per measured operation. Prints figures; asserts nothing.
 * Each runs as it does in use: ingest as `npm run build` runs it, the answer engine and the Slack app
 * with the young generation `npm start` gives the bot (scripts/start.mjs) — in a process of their own.
 */
const benches: Record<string, { run: () => void | Promise<void>; bot: boolean }> = {
  ingest: { run: ingest, bot: false },
  answer: { run: answer, bot: true },
  slack: { run: slack, bot: true },
};
const BOT_FLAGS = ['--max-semi-space-size=64'];
const only = process.argv[2];
const asBot = BOT_FLAGS.every((flag) => process.execArgv.includes(flag));
for (const [name, bench] of Object.entries(benches)) {
  if (only && only !== name) continue;
  if (bench.bot && !asBot) spawnSync(process.execPath, [...BOT_FLAGS, fileURLToPath(import.meta.url), name], { stdio: 'inherit' });
  else {
    await bench.run();
    console.log('');
  }
}
