#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { contentRoots, UsageError } from './cli/args.js';

const USAGE = `Usage: kb <command> [options]

Commands:
  ask "<question>" [--json]   answer a question from the docs, with citations
  ask --json --batch          one question per line on stdin, one JSON answer per line out
  facts [--kind K] [--json]   every fact extracted from the docs (or those of one kind)
  validate                    the docs maintainer's report; exits 1 on errors
  index                       (re)build the serialized search index
  serve                       the Slack app (Socket Mode or HTTP, from the environment);
                              with no Slack credentials, the local preview in a browser
  gaps [--json]               questions the docs did not answer, and answers marked not helpful
  readiness [topic] [--json]  the readiness topics, or one topic's checklist

Options:
  --content DIR               a folder of docs (recursive); may be given several times (default: content/)
  --help                      this text`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      content: { type: 'string', multiple: true },
      kind: { type: 'string' },
      json: { type: 'boolean', default: false },
      batch: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    process.stdout.write(`${USAGE}\n`);
    return command || values.help ? 0 : 2;
  }
  const roots = contentRoots(values.content);
  // Each command loads only what it needs: `kb ask` on a warm index never loads the parser.
  switch (command) {
    case 'ask': {
      const [{ loadSearchable }, { answer }, { answerJson }] = await Promise.all([
        import('./search/loadSearchable.js'), import('./answer/answer.js'), import('./cli/askCommand.js'),
      ]);
      const searchable = await loadSearchable(roots);
      if (values.batch) {
        if (!values.json) throw new UsageError('--batch needs --json (one JSON answer per line)');
        for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
          process.stdout.write(`${JSON.stringify(answerJson(answer(line, searchable)))}\n`);
        }
        return 0;
      }
      const question = rest.join(' ').trim();
      if (!question) throw new UsageError('ask needs a question: kb ask "which ports does the health agent need?"');
      const result = answer(question, searchable);
      process.stdout.write(values.json ? `${JSON.stringify(answerJson(result), null, 2)}\n` : `${result.text}\n`);
      return 0;
    }
    case 'facts': {
      const [{ loadKnowledgeBase }, { factsCommand }] = await Promise.all([import('./extract/loadKnowledgeBase.js'), import('./cli/factsCommand.js')]);
      process.stdout.write(`${factsCommand(loadKnowledgeBase(roots).knowledge, values)}\n`);
      return 0;
    }
    case 'validate': {
      const [{ loadKnowledgeBase }, { validateCommand }, { topicProblems }] = await Promise.all([
        import('./extract/loadKnowledgeBase.js'), import('./cli/validateCommand.js'), import('./checklist/topicProblems.js'),
      ]);
      const { knowledge, vocabulary } = loadKnowledgeBase(roots);
      const report = validateCommand(knowledge, topicProblems(roots, knowledge.facts, vocabulary));
      process.stdout.write(`${report.text}\n`);
      return report.errors > 0 ? 1 : 0;
    }
    case 'index': {
      const { loadSearchable } = await import('./search/loadSearchable.js');
      const searchable = await loadSearchable(roots);
      process.stdout.write(`index: ${searchable.index.facts.length} facts from ${searchable.knowledge.docs.length} documents${searchable.fromCache ? ' (up to date)' : ' (rebuilt)'}\n`);
      return 0;
    }
    case 'serve': {
      const { serveCommand } = await import('./cli/serveCommand.js');
      await serveCommand(roots);
      return 0;
    }
    case 'readiness': {
      const [{ loadSearchable }, { loadTopics }, { createReadiness }, { readinessCommand }] = await Promise.all([
        import('./search/loadSearchable.js'), import('./checklist/loadTopics.js'), import('./checklist/readiness.js'), import('./cli/readinessCommand.js'),
      ]);
      const readiness = createReadiness(loadTopics(roots), await loadSearchable(roots));
      process.stdout.write(`${readinessCommand(readiness, rest.join(' ') || undefined, values.json)}\n`);
      return 0;
    }
    case 'gaps': {
      const [{ openDatabase }, { sqliteFeedbackStore }, { gapsCommand }] = await Promise.all([
        import('./store/database.js'), import('./store/feedbackStore.js'), import('./cli/gapsCommand.js'),
      ]);
      const db = openDatabase();
      process.stdout.write(`${gapsCommand(sqliteFeedbackStore(db).gaps(), values.json)}\n`);
      db.close();
      return 0;
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    if (error instanceof Error && error.name === 'SlackConfigError') {
      process.stderr.write(`kb: ${error.message}\n`);
      process.exitCode = 2;
    } else if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`kb: ${(error as Error).message}\n\n${USAGE}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`kb: ${(error as Error).message}\n`);
      process.exitCode = 1;
    }
  },
);
