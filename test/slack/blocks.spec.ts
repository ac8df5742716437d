import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Answer } from '../../src/answer/answerTypes.js';
import type { Fact } from '../../src/fact.js';
import { renderAnswerMessages } from '../../src/slack/blocks/answerBlocks.js';
import { LIMITS } from '../../src/slack/blocks/limits.js';
import { readSlackConfig } from '../../src/slack/config.js';

function bigAnswer(n: number, textLength: number): Answer {
  const facts = Array.from({ length: n }, (_, i): Fact => ({
    id: `doc#passage:${i}`, kind: 'passage', text: `${'word '.repeat(textLength / 5)}<${i}> & more`,
    source: { file: `content/docs/f${i % 30}.md`, title: 'A title', section: `Section ${i}`, anchor: '', line: i + 1, quote: 'q' },
  }));
  return { question: 'q?'.repeat(1500), answered: true, confidence: 1, lead: 'Lead', facts, olderVersions: [], suggestions: ['s'.repeat(200), 'two', 'three'], text: 'x'.repeat(5000) };
}

describe('answer blocks', () => {
  it('never exceeds Slack limits: the rest goes to more messages for the thread', () => {
    const messages = renderAnswerMessages(bigAnswer(400, 900), { shareable: true });
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) {
      expect(m.blocks.length).toBeLessThanOrEqual(LIMITS.blocksPerMessage);
      expect(m.text.length).toBeLessThanOrEqual(LIMITS.fallbackText);
      for (const b of m.blocks as { type: string; text?: { text: string }; elements?: { text?: string | { text: string }; value?: string }[] }[]) {
        if (b.type === 'section') expect(b.text!.text.length).toBeLessThanOrEqual(LIMITS.sectionText);
        if (b.type === 'context') expect(b.elements!.length).toBeLessThanOrEqual(LIMITS.contextElements);
        for (const e of b.elements ?? []) {
          if (e.value !== undefined) expect(e.value.length).toBeLessThanOrEqual(LIMITS.buttonValue);
          if (typeof e.text === 'object') expect(e.text.text.length).toBeLessThanOrEqual(LIMITS.buttonText);
        }
      }
    }
  });

  it('shows the script a step runs as a code block under it', () => {
    const step: Fact = {
      id: 'doc#step:1', kind: 'step', procedure: 'Quickly install', position: 4, total: 4, text: 'Run the following script.',
      script: 'Setup.exe /quiet\nRegister-Agent -Credential $cred', source: { file: 'content/docs/a.md', title: 'T', section: 'S', anchor: '', line: 9, quote: 'Run the following script.' },
    };
    const answer: Answer = { question: 'q', answered: true, confidence: 1, lead: 'Quickly install (4 steps):', facts: [step], olderVersions: [], suggestions: [], text: '' };
    const [m] = renderAnswerMessages(answer);
    expect(JSON.stringify(m!.blocks)).toContain('4. Run the following script.\\n```Setup.exe /quiet\\nRegister-Agent -Credential $cred```');
  });

  it('shows a near tie apart, after the answer\'s facts, with its source among the others', () => {
    const source = { file: 'content/docs/a.md', title: 'T', section: 'S', anchor: '', line: 9, quote: 'q' };
    const lead: Fact = { id: 'a#1', kind: 'passage', text: 'The agent restarts when its settings change.', source };
    const tie: Fact = { id: 'b#1', kind: 'passage', text: 'The agent restarts when an upgrade is installed.', source: { ...source, file: 'content/docs/b.md', line: 3 } };
    const answer: Answer = { question: 'q', answered: true, confidence: 1, lead: lead.text, facts: [lead, tie], nearTie: tie, olderVersions: [], suggestions: [], text: '' };
    const texts = renderAnswerMessages(answer)[0]!.blocks.map((b) => JSON.stringify(b));
    const also = texts.findIndex((t) => t.includes('*Also:* The agent restarts when an upgrade is installed.'));
    expect(also).toBeGreaterThan(0);
    expect(texts.filter((t) => t.includes('when an upgrade is installed')).length).toBe(1);
    expect(texts.slice(also).join()).toContain('content/docs/b.md:3');
  });

  it('escapes Slack mrkdwn control characters', () => {
    const [m] = renderAnswerMessages(bigAnswer(1, 10));
    expect(JSON.stringify(m!.blocks)).toContain('&lt;0&gt; &amp; more');
  });
});

describe('Slack configuration', () => {
  it('chooses Socket Mode with an app token, HTTP with a signing secret, none with nothing', () => {
    expect(readSlackConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).mode).toBe('socket');
    expect(readSlackConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', PORT: '4000' })).toMatchObject({ mode: 'http', port: 4000 });
    expect(readSlackConfig({}).mode).toBe('none');
  });

  it('names what is missing and where to get it', () => {
    expect(() => readSlackConfig({ SLACK_APP_TOKEN: 'xapp-1' })).toThrow(/SLACK_BOT_TOKEN is missing: the bot token \(xoxb-…\) from "OAuth & Permissions"/);
    expect(() => readSlackConfig({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(/SLACK_APP_TOKEN .* or SLACK_SIGNING_SECRET/);
    expect(() => readSlackConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'bad' })).toThrow(/xapp-/);
  });
});

describe('the app manifest', () => {
  const manifest = parse(readFileSync('slack-app-manifest.yml', 'utf8')) as {
    features: { slash_commands: { command: string }[] };
    oauth_config: { scopes: { bot: string[] } };
    settings: { event_subscriptions: { bot_events: string[] }; interactivity: { is_enabled: boolean } };
  };
  const source = ['src/slack/commands/ask.ts', 'src/slack/events/mention.ts', 'src/slack/events/directMessage.ts', 'src/slack/events/appHome.ts']
    .map((f) => readFileSync(f, 'utf8')).join('\n');

  it('declares every command and event the code listens to', () => {
    const commands = [...source.matchAll(/app\.command\('([^']+)'/g)].map((m) => m[1]);
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual(expect.arrayContaining(commands));
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(expect.arrayContaining(['app_mention', 'message.im', 'app_home_opened']));
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.oauth_config.scopes.bot).toEqual(expect.arrayContaining(['commands', 'chat:write', 'app_mentions:read', 'im:history']));
  });
});

describe('checklist run messages', () => {
  it('say so when the docs changed since the run started', async () => {
    const { renderRun } = await import('../../src/slack/blocks/runBlocks.js');
    const run = {
      id: 'abc', topicId: 't', channel: 'C1', startedBy: 'U1', startedAt: '2026-11-27T00:00:00Z', contentHash: 'old', states: {}, notes: {},
      checklist: { topic: { id: 't', title: 'T' }, groups: [], environments: [], items: [{ id: 'i1', kind: 'requirement' as const, text: 'A thing', verify: [], citation: { file: 'f.md', title: 'T', section: 'S', anchor: '', line: 3, quote: 'A thing' } }] },
    };
    expect(JSON.stringify(renderRun(run, 'old').blocks)).not.toContain('docs have changed');
    expect(JSON.stringify(renderRun(run, 'new').blocks)).toContain('The docs have changed since this run started');
  });
});
