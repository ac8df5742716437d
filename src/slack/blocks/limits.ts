/** Slack's limits for what a message can hold (Block Kit reference). */
export const LIMITS = {
  blocksPerMessage: 50,
  sectionText: 3000,
  contextElements: 10,
  buttonText: 75,
  buttonValue: 2000,
  /** Notification text of chat.postMessage: long ones are truncated by Slack. */
  fallbackText: 3000,
} as const;
