import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { parseTopic, type Topic } from './topic.js';

export const TOPICS_FOLDER = 'readiness';

/** The readiness topics of every content root (`<root>/readiness/*.yml`); a bad file is an error naming it. */
export function loadTopics(roots: string[]): Topic[] {
  const topics: Topic[] = [];
  for (const root of roots) {
    const dir = path.join(root, TOPICS_FOLDER);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort()) {
      const file = path.join(dir, name);
      let data: unknown;
      try {
        data = parse(readFileSync(file, 'utf8'));
      } catch (error) {
        throw new Error(`${file}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
      }
      const topic = parseTopic(data, file);
      if (topics.some((t) => t.id === topic.id)) throw new Error(`${file}: a topic with id "${topic.id}" exists already`);
      topics.push(topic);
    }
  }
  return topics;
}
