import { existsSync } from 'node:fs';
import path from 'node:path';

/** The real Learn corpus beside the project, when present (benchmarks skip it otherwise). */
export const CORPUS = path.resolve('..', 'shared', 'corpus', 'entra-docs');
export const hasCorpus = existsSync(CORPUS);

/** Runs `fn` `rounds` times after `warmup` runs; returns each round's milliseconds. */
export function time(fn: () => void, rounds = 5, warmup = 1): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    fn();
    out.push(performance.now() - start);
  }
  return out;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function row(label: string, value: string): void {
  console.log(`  ${label.padEnd(44)} ${value}`);
}
