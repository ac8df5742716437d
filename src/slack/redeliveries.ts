import type { Middleware, AnyMiddlewareArgs } from '@slack/bolt';

/** How many event ids are remembered: far more than Slack redelivers within its retry window. */
const REMEMBERED = 5000;

/**
 * Slack redelivers an event it thinks went unanswered (`X-Slack-Retry-Num`). Each event id is
 * handled once; a redelivery of one already seen is acknowledged and dropped.
 */
export function ignoreRedeliveries(): Middleware<AnyMiddlewareArgs> {
  const seen = new Set<string>();
  return async ({ body, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string') {
      if (seen.has(eventId)) return;
      seen.add(eventId);
      if (seen.size > REMEMBERED) seen.delete(seen.values().next().value!);
    }
    await next();
  };
}
