import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTopics } from '../../src/checklist/loadTopics.js';
import { createReadiness } from '../../src/checklist/readiness.js';
import { startPreview, type RunningPreview } from '../../src/preview/server.js';
import { buildSearchable, type Searchable } from '../../src/search/loadSearchable.js';
import { openDatabase, type Db } from '../../src/store/database.js';
import { sqliteFeedbackStore } from '../../src/store/feedbackStore.js';
import { sqliteRunStore } from '../../src/store/runStore.js';

const CHROMIUM = '/usr/bin/chromium';

/** The local preview in a real browser: headless Chromium from Debian, driven by playwright-core. */
describe.skipIf(!existsSync(CHROMIUM))('the local preview in a browser', () => {
  const dbFile = path.join(mkdtempSync(path.join(tmpdir(), 'kb-preview-')), 'kb.db');
  let searchable: Searchable;
  let preview: RunningPreview;
  let db: Db;
  let browser: Browser;
  let alex: Page;
  let sam: Page;

  async function start() {
    db = openDatabase(dbFile);
    preview = await startPreview({
      searchable, db, port: 0, feedback: sqliteFeedbackStore(db),
      readiness: { topics: createReadiness(loadTopics(['content']), searchable), runs: sqliteRunStore(db) },
    });
  }
  async function stop() {
    await preview.stop();
    db.close();
  }
  async function openPage() {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(preview.url);
    await page.waitForSelector('#who:has-text("You are")');
    return page;
  }

  beforeAll(async () => {
    searchable = await buildSearchable(['content']);
    await start();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    alex = await openPage();
    sam = await openPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await stop().catch(() => undefined);
  });

  it('shows the banner and says who is who in each tab', async () => {
    await expect(alex.textContent('#banner')).resolves.toContain('Local preview — no Slack connected');
    expect(await alex.textContent('#who')).not.toBe(await sam.textContent('#who'));
  });

  it('answers a question with cited facts', async () => {
    await alex.fill('#text', 'which ports does the health agent need?');
    await alex.click('button:has-text("Send")');
    const answer = alex.locator('.msg', { hasText: 'Ports for Microsoft Entra Connect Health' }).last();
    await answer.waitFor();
    await expect(answer.textContent()).resolves.toContain('connect-health-agent-install.md:37');
    await expect(answer.locator('code', { hasText: '443' }).count()).resolves.toBeGreaterThan(0);
  });

  it('gives /ask answers privately, with a Share button that posts them for everyone', async () => {
    await alex.fill('#text', '/ask gov cloud endpoints');
    await alex.click('button:has-text("Send")');
    const mine = alex.locator('.msg.ephemeral', { hasText: 'Azure Government' });
    await mine.waitFor();
    expect(await sam.locator('.msg.ephemeral', { hasText: 'Azure Government' }).count()).toBe(0);
    await mine.locator('button:has-text("Share in channel")').click();
    await sam.locator('.msg:not(.ephemeral)', { hasText: 'usgovcloudapi.net' }).first().waitFor();
  });

  it('runs a readiness checklist: choices, clicks from two people, live updates, reload and restart', async () => {
    await alex.fill('#text', '/readiness health-agent');
    await alex.click('button:has-text("Send")');
    const run = alex.locator('.msg', { hasText: 'Readiness: Microsoft Entra Connect Health agent' }).last();
    await run.locator('button:has-text("Health agent for sync")').click();
    await run.locator('button:has-text("Azure Government")').click();
    await run.locator('select').first().waitFor();

    await run.locator('select').nth(0).selectOption({ label: 'Done' });
    await alex.locator('.msg', { hasText: 'Done by @Alex' }).first().waitFor();
    const samRun = sam.locator('.msg', { hasText: 'Readiness: Microsoft Entra Connect Health agent' }).last();
    await samRun.locator('text=Done by @Alex').waitFor();
    await samRun.locator('select').nth(1).selectOption({ label: 'Blocked' });
    await run.locator('text=Blocked by @Sam').waitFor();
    await expect(run.textContent()).resolves.toContain('2/');

    await alex.reload();
    await alex.locator('.msg', { hasText: 'Blocked by @Sam' }).first().waitFor();

    await stop();
    await start();
    const again = await browser.newPage();
    await again.goto(preview.url);
    const restored = again.locator('.msg', { hasText: 'Readiness: Microsoft Entra Connect Health agent' }).last();
    await restored.locator('text=Done by @Alex').waitFor();
    await restored.locator('text=Blocked by @Sam').waitFor();
    await restored.locator('select').nth(2).selectOption({ label: 'N/A' });
    await again.locator('text=3/').first().waitFor();
  }, 60_000);
});
