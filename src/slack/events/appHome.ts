import type { App } from '@slack/bolt';
import type { SlackDeps } from '../deps.js';
import { renderHomeView } from '../views/homeView.js';

/** The App Home tab: what the bot knows and how to ask. */
export function registerAppHomeEvent(app: App, deps: SlackDeps): void {
  app.event('app_home_opened', async ({ event, client, logger }) => {
    if (event.tab !== 'home') return;
    try {
      await client.views.publish({ user_id: event.user, view: renderHomeView(deps) });
    } catch (error) {
      logger.error(`publishing the home tab failed: ${(error as Error).message}`);
    }
  });
}
