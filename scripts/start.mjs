// `npm start`: build when the compiled code is missing or older than the sources, then serve.
// With Slack credentials in the environment this runs the Slack app; without, the local preview.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const newest = (dir) => {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
};
const built = path.join(root, 'dist', 'cli.js');
if (!existsSync(built) || newest(path.join(root, 'src')) > statSync(built).mtimeMs) {
  console.log('Building…');
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
}
// Each answer leaves about 0.4 MB of short-lived objects: with V8's default young generation a
// collection falls inside one answer in 37, and its pause is the slowest hundredth of answers. A 64 MB
// one collects once in 149 (README, Benchmarks; `npm run bench` measures the answer engine and Slack app so).
const YOUNG_GENERATION = '--max-semi-space-size=64';
const child = spawn(process.execPath, [YOUNG_GENERATION, built, 'serve', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(signal ? 0 : (code ?? 0)));
