import type { Searchable } from '../search/loadSearchable.js';
import { buildChecklist, type Checklist } from './checklist.js';
import type { Topic } from './topic.js';

/** The readiness topics and their checklists, built from the current facts. */
export interface Readiness {
  topics: Topic[];
  checklist(topicId: string): Checklist | undefined;
  /** The topic a user meant: its id, or a word of its title ("health", "cloud sync"). */
  find(text: string): Topic | undefined;
  contentHash: string;
}

export function createReadiness(topics: Topic[], searchable: Searchable): Readiness {
  const cache = new Map<string, Checklist>();
  return {
    topics,
    contentHash: searchable.knowledge.contentHash,
    checklist: (topicId) => {
      const topic = topics.find((t) => t.id === topicId);
      if (!topic) return undefined;
      let checklist = cache.get(topicId);
      if (!checklist) {
        checklist = buildChecklist(topic, searchable.knowledge.facts, searchable.vocabulary);
        cache.set(topicId, checklist);
      }
      return checklist;
    },
    find: (text) => {
      const wanted = text.trim().toLowerCase();
      if (!wanted) return undefined;
      return topics.find((t) => t.id === wanted) ?? topics.find((t) => `${t.id} ${t.title}`.toLowerCase().includes(wanted));
    },
  };
}
