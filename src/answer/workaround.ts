import type { Fact } from '../fact.js';

/** A heading naming a problem: "Known issues: Notification not received", "Symptoms", "Cause". */
const PROBLEM_HEADING = /^(?:known issues?|symptoms?|problem|issue|cause)\b/i;
/** A heading naming what to do about the problem before it: "Workaround", "Resolution". */
const REMEDY_HEADING = /^(?:workarounds?|resolution|resolving|solution|fix|mitigation|remediation)\b/i;

/** The last heading of a section path: "Workaround" of "Managed devices issues > Workaround". */
export const headingOf = (section: string) => section.split(' > ').pop() ?? section;
const parentOf = (section: string) => section.split(' > ').slice(0, -1).join(' > ');

/**
 * The facts of the section saying what to do about the problem a fact reports, when the docs give it one of its own after
 * the problem's: "Known issues: Notification not received" then "Workaround" ("Open Authenticator …"), "Symptoms",
 * "Cause", then "Resolution". The sections are siblings (a page lists several problems, each with its workaround);
 * none when the fact stands under no problem heading, or the next sibling is another problem's.
 */
export function workaroundOf(fact: Fact, allOf: (keep: (f: Fact) => boolean) => Fact[]): Fact[] {
  const { section } = fact.source;
  if (!PROBLEM_HEADING.test(headingOf(section))) return [];
  const parent = parentOf(section);
  const after = allOf((f) => f.source.line > fact.source.line && f.source.section !== section).sort((a, b) => a.source.line - b.source.line);
  // The sections after the problem's, in the order the page gives them (a cause may stand between problem and
  // remedy), each a run of lines: a page's every workaround has the same heading, and so the same section path.
  const runs: Fact[][] = [];
  for (const f of after) {
    const run = runs.at(-1);
    if (run && run[0]!.source.section === f.source.section) run.push(f);
    else runs.push([f]);
  }
  for (const run of runs) {
    const next = run[0]!.source.section;
    if (parentOf(next) !== parent) return [];
    if (REMEDY_HEADING.test(headingOf(next))) return run;
    if (!/^cause\b/i.test(headingOf(next))) return [];
  }
  return [];
}
