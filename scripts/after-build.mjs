// After `tsc`: stamp the build (an index written by older code must not be trusted),
// make the CLI executable, and write the serialized index of content/.
import { createHash } from 'node:crypto';
import { chmodSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const dist = path.resolve(import.meta.dirname, '..', 'dist');
const hash = createHash('sha256');
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full);
    else if (entry.name.endsWith('.js')) hash.update(entry.name).update(readFileSync(full));
  }
};
walk(dist);
writeFileSync(path.join(dist, 'build-id'), hash.digest('hex').slice(0, 16));
chmodSync(path.join(dist, 'cli.js'), 0o755);
execFileSync(process.execPath, [path.join(dist, 'cli.js'), 'index'], { stdio: 'inherit', cwd: path.resolve(dist, '..') });
