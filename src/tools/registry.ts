/**
 * The tool registry: every tool that saves data, in one list. My plan (summaries, invitations), the
 * backup (export, import), the merge on import and "Delete all" iterate it; nothing else keeps a table of
 * the tools. Adding a tool means adding its folder under `src/tools/` and one entry here.
 *
 * Titles, descriptions and paths come from each tool page's frontmatter (`content/tools/<id>.mdx`, served
 * as `virtual:tool-pages`), so a tool has one name everywhere.
 *
 * Each entry's loaders are dynamic imports: My plan's first visit downloads this list and none of the
 * tools' code; a tool's code arrives only once it has saved something (or an export needs it).
 */
import toolPages from 'virtual:tool-pages';
import type { ReadableAtom } from 'nanostores';
import type { StoreMergeRules } from './shared/merge-rules';

/** What a tool declares about itself. */
interface ToolDefinition<Id extends string = string> {
  /** The tool's id: its folder `src/tools/<id>/` and its page `content/tools/<id>.mdx`. */
  id: Id;
  /** Data names of the saved stores the tool owns (export, import and delete cover exactly these). */
  storeNames: readonly string[];
  /**
   * Data names of stores that hold a form in progress rather than saved work: "Delete all" and a
   * replacing import clear them with everything else, but a backup does not carry them (a half-filled form
   * restored on another device would overwrite the one in progress there).
   */
  formStoreNames?: readonly string[];
  /** My plan's invitation to a tool never used, as an instruction. */
  invitation: string;
  /** Why the invitation is worth taking, in a sentence. */
  why: string;
  /**
   * Loads the tool's stores (registering them with the saved-store registry) and returns My plan's summary
   * of them: undefined while the tool holds nothing worth showing.
   */
  loadSummary(): Promise<ReadableAtom<unknown>>;
  /** Loads how the tool's stores merge on import ("Merge"); a store without a rule keeps this browser's data. */
  loadMergeRules(): Promise<StoreMergeRules>;
}

/** A registered tool: its own declaration plus what its page's frontmatter says. */
export interface RegisteredTool<Id extends string = string> extends ToolDefinition<Id> {
  title: string;
  description: string;
  /** Site path without the base path, for example `tools/loyalty-score/`. */
  path: string;
}

const DEFINITIONS = [
  {
    id: 'loyalty-score',
    storeNames: ['loyalty-scorecards'],
    formStoreNames: ['loyalty-score'],
    invitation: 'Score your most important client',
    why: 'Seven quick ratings show which of value, trust and the extra mile is holding the relationship back.',
    loadSummary: () => import('./loyalty-score/summary').then((m) => m.createPlanSummary()),
    loadMergeRules: () => import('./loyalty-score/merge').then((m) => m.MERGE_RULES),
  },
  {
    id: 'ladder-quiz',
    storeNames: ['ladder-quiz'],
    invitation: 'Take the loyalty-ladder quiz',
    why: 'Fifteen statements place your business on the ladder and name the next rung to work on.',
    loadSummary: () => import('./ladder-quiz/summary').then((m) => m.createPlanSummary()),
    loadMergeRules: () => import('./ladder-quiz/merge').then((m) => m.MERGE_RULES),
  },
  {
    id: 'weekly-checklist',
    storeNames: ['weekly-checklist'],
    invitation: 'Start this week’s checklist',
    why: 'Ticking the six habits as you practise them turns good intentions into a weekly routine.',
    loadSummary: () => import('./weekly-checklist/summary').then((m) => m.createPlanSummary()),
    loadMergeRules: () => import('./weekly-checklist/merge').then((m) => m.MERGE_RULES),
  },
  {
    id: 'touchpoint-planner',
    storeNames: ['touchpoint-planner'],
    invitation: 'Plan the first contacts with a new client',
    why: 'A dated plan for the first weeks keeps a new client from feeling forgotten once the sale is made.',
    loadSummary: () => import('./touchpoint-planner/summary').then((m) => m.createPlanSummary()),
    loadMergeRules: () => import('./touchpoint-planner/merge').then((m) => m.MERGE_RULES),
  },
  {
    id: 'tolerance-review',
    storeNames: ['tolerance-review'],
    invitation: 'Review a client’s zone of tolerance',
    why: 'A short review shows who is close to the edge before a rival’s offer finds them.',
    loadSummary: () => import('./tolerance-review/summary').then((m) => m.createPlanSummary()),
    loadMergeRules: () => import('./tolerance-review/merge').then((m) => m.MERGE_RULES),
  },
  {
    id: 'client-survey',
    storeNames: ['client-survey'],
    invitation: 'Ask a client how they see you',
    why: 'A two-minute survey sent as a link shows where your own ratings run ahead of your client’s.',
    loadSummary: () => import('./client-survey/summary').then((m) => m.createPlanSummary()),
    loadMergeRules: () => import('./client-survey/merge').then((m) => m.MERGE_RULES),
  },
] as const satisfies readonly ToolDefinition[];

/** A registered tool's id. */
export type ToolId = (typeof DEFINITIONS)[number]['id'];

/** Data name of the shared client list, which every tool that names a client uses. */
export const CLIENTS_STORE_NAME = 'clients';

function register<Id extends string>(definition: ToolDefinition<Id>): RegisteredTool<Id> {
  const page = toolPages.find((candidate) => candidate.id === definition.id);
  if (!page) throw new Error(`Tool ${definition.id} has no page in content/tools/`);
  return { ...definition, title: page.title, description: page.description, path: page.path };
}

/** Every tool that saves data, in the order of the tools' pages. */
export const TOOLS: readonly RegisteredTool<ToolId>[] = DEFINITIONS.map((definition) => register<ToolId>(definition)).sort(
  (a, b) => toolPages.findIndex((page) => page.id === a.id) - toolPages.findIndex((page) => page.id === b.id),
);

/** Every tool's ids, in page order. */
export const TOOL_IDS: readonly ToolId[] = TOOLS.map((tool) => tool.id);

/**
 * Returns a registered tool.
 * @param id the tool's id
 */
export function findTool(id: ToolId): RegisteredTool<ToolId> {
  return TOOLS.find((tool) => tool.id === id)!;
}

/** Every saved store the tools own, plus the shared client list first: what export and import cover. */
export const SAVED_STORE_NAMES: readonly string[] = [CLIENTS_STORE_NAME, ...TOOLS.flatMap((tool) => tool.storeNames)];

/** Every form-in-progress store: cleared by "Delete all" and a replacing import, never in a backup. */
export const FORM_STORE_NAMES: readonly string[] = TOOLS.flatMap((tool) => tool.formStoreNames ?? []);

/** Loads every tool's merge rules, by store name (for "Merge" on import). */
export async function loadAllMergeRules(): Promise<StoreMergeRules> {
  const rules = await Promise.all(TOOLS.map((tool) => tool.loadMergeRules()));
  return Object.assign({}, ...rules) as StoreMergeRules;
}
