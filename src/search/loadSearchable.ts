import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KnowledgeBase } from '../extract/knowledgeBase.js';
import { listDocFiles, VOCABULARY_FILE } from '../ingest/contentFiles.js';
import type { Vocabulary } from '../ingest/vocabulary.js';
import { buildFactIndex, loadFactIndex, serializeFactIndex, type FactIndex } from './factIndex.js';

/** What the answer and checklist engines work from: the facts, their index and the vocabulary. */
export interface Searchable {
  knowledge: KnowledgeBase;
  index: FactIndex;
  vocabulary: Vocabulary;
  /** Set when the index was read from the cache instead of rebuilt. */
  fromCache: boolean;
}

const FORMAT = 1;
const here = path.dirname(fileURLToPath(import.meta.url));
const packageRoot = path.resolve(here, '..', '..');

/**
 * The facts and index for the content folders: read from the serialized index when the content
 * (every doc's bytes and the vocabulary) is unchanged since it was written, rebuilt and rewritten
 * otherwise. The ingest and extract stages are loaded only when a rebuild is needed, so a warm
 * start stays cheap.
 */
export async function loadSearchable(roots: string[], options: { cache?: boolean } = {}): Promise<Searchable> {
  const useCache = options.cache ?? true;
  const fingerprint = contentFingerprint(roots);
  const cacheFile = cacheFileFor(roots);
  if (useCache && existsSync(cacheFile)) {
    try {
      const cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as CacheFile;
      if (cached.format === FORMAT && cached.fingerprint === fingerprint) {
        const index = loadFactIndex(cached.index);
        return { knowledge: { ...cached.knowledge, facts: index.facts }, index, vocabulary: cached.vocabulary, fromCache: true };
      }
    } catch {
      // A damaged cache is rebuilt below.
    }
  }
  const searchable = await buildSearchable(roots);
  if (useCache) writeCache(cacheFile, fingerprint, searchable);
  return searchable;
}

/** Runs the whole pipeline: ingest → extract → index. */
export async function buildSearchable(roots: string[]): Promise<Searchable> {
  const { loadKnowledgeBase } = await import('../extract/loadKnowledgeBase.js');
  const { knowledge, vocabulary } = loadKnowledgeBase(roots);
  return { knowledge, index: buildFactIndex(knowledge.facts, vocabulary), vocabulary, fromCache: false };
}

interface CacheFile {
  format: number;
  fingerprint: string;
  knowledge: Omit<KnowledgeBase, 'facts'>;
  vocabulary: Vocabulary;
  index: ReturnType<typeof serializeFactIndex>;
}

function writeCache(file: string, fingerprint: string, searchable: Searchable): void {
  const { facts: _facts, ...knowledge } = searchable.knowledge;
  const data: CacheFile = { format: FORMAT, fingerprint, knowledge, vocabulary: searchable.vocabulary, index: serializeFactIndex(searchable.index) };
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(data));
  } catch {
    // Read-only install: run without a cache.
  }
}

/** Changes when any document, the vocabulary or the code that reads them changes. */
export function contentFingerprint(roots: string[]): string {
  const hash = createHash('sha256').update(buildId());
  const files = [...listDocFiles(roots), ...roots.map((r) => path.join(r, VOCABULARY_FILE)).filter(existsSync)];
  for (const file of files) hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 24);
}

/** The project's own content gets its index in dist/ (written by `npm run build`); other folders in the temp dir. */
function cacheFileFor(roots: string[]): string {
  const key = createHash('sha256').update(roots.map((r) => path.resolve(r)).join('\n')).digest('hex').slice(0, 16);
  const own = roots.length === 1 && path.resolve(roots[0]!) === path.join(packageRoot, 'content');
  return own ? path.join(packageRoot, 'dist', 'index.json') : path.join(tmpdir(), 'entra-connect-kb', `${key}.json`);
}

/** The build's identity: a rebuilt `dist/` must not trust an index written by older code. */
function buildId(): string {
  try {
    return readFileSync(path.join(packageRoot, 'dist', 'build-id'), 'utf8');
  } catch {
    return 'dev';
  }
}
