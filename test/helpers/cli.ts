import { spawnSync } from 'node:child_process';

/** Runs the built CLI (`dist/cli.js`, as `npx kb` does) and returns what a user would see. */
export function kb(args: string[], input?: string, env: Record<string, string> = {}): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8', input, timeout: 60_000, env: { ...process.env, ...env } });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
