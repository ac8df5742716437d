import { run as ingest } from './ingest.js';
import { run as answer } from './answer.js';
import { run as slack } from './slack.js';

/** `npm run bench`: every benchmark, one file per measured operation. Prints figures; asserts nothing. */
const benches: Record<string, () => void | Promise<void>> = { ingest, answer, slack };
const only = process.argv[2];
for (const [name, bench] of Object.entries(benches)) {
  if (only && only !== name) continue;
  await bench();
  console.log('');
}
