/**
 * One fact, one place (issue 13): a guide and its tool state shared timings and counts from
 * `src/tools/shared/playbook-facts.ts`. This test fails when a page writes one of those facts as a literal
 * again, when a page that states a fact stops importing the module, or when a tool stops computing with it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LADDER_CLIMB_MONTHS } from '../../../src/tools/ladder-quiz/facts';
import { NEW_CLIENT_CONTACTS, WEEKLY_REVIEW_DAY } from '../../../src/tools/shared/playbook-facts';

const ROOT = join(import.meta.dirname, '../../..');
const FACTS_IMPORT = /from '(?:\.\.\/)+src\/tools\/(?:shared\/playbook-facts|ladder-quiz\/facts)'/;

/** Reads a project file as text. */
function readProjectFile(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}

/** The MDX body of a page, without its frontmatter (which cannot import). */
function readPageBody(path: string): string {
  return readProjectFile(path).replace(/^---\n[\s\S]*?\n---\n/, '');
}

const CONTENT_PAGES = ['content/playbook', 'content/tools'].flatMap((folder) =>
  readdirSync(join(ROOT, folder))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => `${folder}/${name}`),
);

/** Phrases that once said a shared fact in words of their own, and disagreed: each must now come from the module. */
const LITERAL_FACTS: readonly { fact: string; pattern: RegExp }[] = [
  { fact: 'the review day', pattern: /\b(?:On|on) (?:Friday|Sunday)(?: or (?:Friday|Sunday))?, (?:count|answer)|\b(?:Friday|Sunday) review\b|before Sunday is out/ },
  { fact: 'the thank-you delay', pattern: /\bthank[^.]*?(?:the same day|within one working day)/i },
  { fact: 'the number of new-client contacts', pattern: /\b(?:six to eight|6 to 8) contacts\b/i },
  { fact: 'the window of new-client contacts', pattern: /\bin the first 60 days\b|over (?:those|the) 60 days/ },
  { fact: 'the ladder climb', pattern: /\b18 (?:to|–|-) ?24 months|(?:under|less than) 12\b/ },
  { fact: 'whom the ladder quiz is about', pattern: /quiz for one (?:customer|client)|Think of your clients in general, or of one/ },
];

describe('shared playbook facts', () => {
  it.each(CONTENT_PAGES)('%s writes no shared fact as a literal', (page) => {
    const body = readPageBody(page);
    for (const { fact, pattern } of LITERAL_FACTS) expect(body, `${page} states ${fact} in its own words`).not.toMatch(pattern);
  });

  it.each([
    'content/playbook/weekly-habits.mdx',
    'content/tools/weekly-checklist.mdx',
    'content/playbook/referral-cycle.mdx',
    'content/tools/touchpoint-planner.mdx',
    'content/playbook/loyalty-ladder.mdx',
    'content/playbook/routine.mdx',
  ])('%s imports the facts it states from playbook-facts', (page) => {
    expect(readPageBody(page)).toMatch(FACTS_IMPORT);
  });

  it.each([
    ['src/tools/weekly-checklist/ChecklistSheet.tsx', 'WEEKLY_REVIEW_DAY'],
    ['src/tools/touchpoint-planner/contacts.ts', 'NEW_CLIENT_CONTACTS'],
    ['src/tools/touchpoint-planner/model.ts', 'REFERRER_THANKS'],
    ['src/tools/touchpoint-planner/model.ts', 'NEW_CLIENT_CONTACTS'],
    ['src/tools/touchpoint-planner/ReferralForm.tsx', 'REFERRER_THANKS'],
    ['src/tools/ladder-quiz/model.ts', 'LADDER_CLIMB_MONTHS'],
    ['src/tools/ladder-quiz/LadderQuiz.tsx', 'LADDER_QUIZ_SUBJECT'],
  ])('%s reads %s from the facts module', (file, fact) => {
    const source = readProjectFile(file);
    const module = file.startsWith('src/tools/ladder-quiz/') ? '\\./facts' : '\\.\\./shared/playbook-facts';
    expect(source).toMatch(new RegExp(`import \\{[^}]*\\b${fact}\\b[^}]*\\} from '${module}'`));
  });

  it('frontmatter, which cannot import, agrees with the facts', () => {
    const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight'];
    const planner = readProjectFile('content/tools/touchpoint-planner.mdx');
    expect(planner).toContain(`${words[NEW_CLIENT_CONTACTS.min]} to ${words[NEW_CLIENT_CONTACTS.max]} contacts`);
    expect(planner).toContain(`first ${NEW_CLIENT_CONTACTS.windowDays} days`);
  });

  it('names a review day the checklist has, and a climb whose fast case is shorter than the usual one', () => {
    expect(WEEKLY_REVIEW_DAY).toEqual({ id: 'fri', name: 'Friday' });
    expect(LADDER_CLIMB_MONTHS.withFundamentals).toBeLessThan(LADDER_CLIMB_MONTHS.from);
    expect(LADDER_CLIMB_MONTHS.from).toBeLessThan(LADDER_CLIMB_MONTHS.to);
  });
});
