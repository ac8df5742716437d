#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { loadKnowledgeBase } from './extract/loadKnowledgeBase.js';
import { contentRoots, UsageError } from './cli/args.js';
import { factsCommand } from './cli/factsCommand.js';
import { validateCommand } from './cli/validateCommand.js';

const USAGE = `Usage: kb <command> [options]

Commands:
  facts [--kind K] [--json]   every fact extracted from the docs (or those of one kind)
  validate                    the docs maintainer's report; exits 1 on errors

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
      help: { type: 'boolean', default: false },
    },
  });
  const [command] = positionals;
  if (values.help || !command) {
    process.stdout.write(`${USAGE}\n`);
    return command || values.help ? 0 : 2;
  }
  const roots = contentRoots(values.content);
  switch (command) {
    case 'facts': {
      const { knowledge } = loadKnowledgeBase(roots);
      process.stdout.write(`${factsCommand(knowledge, values)}\n`);
      return 0;
    }
    case 'validate': {
      const { knowledge } = loadKnowledgeBase(roots);
      const report = validateCommand(knowledge);
      process.stdout.write(`${report.text}\n`);
      return report.errors > 0 ? 1 : 0;
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`kb: ${(error as Error).message}\n${USAGE}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`kb: ${(error as Error).message}\n`);
      process.exitCode = 1;
    }
  },
);
