import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** Source articles the playbook draws on, by the file name stem in `../shared/sources/`. */
export const SOURCE_IDS = ['000', '001', '002', '003', '004'] as const;

/** A description doubles as the meta description and card text, so keep it to one sentence. */
const DESCRIPTION_MAX_CHARS = 200;

const description = z.string().min(20).max(DESCRIPTION_MAX_CHARS);

/** The five guidance pages, read in `order`. */
const playbook = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/playbook' }),
  schema: z.object({
    title: z.string().min(3),
    description,
    /** Position on the reading path, from 1. */
    order: z.number().int().positive(),
    /** Tools that put this page into practice. */
    tools: z.array(reference('tools')),
    /** Source article this page rewrites. */
    source: z.enum(SOURCE_IDS).optional(),
  }),
});

/** The interactive tools, each on its own page under `/tools/`. */
const tools = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/tools' }),
  schema: z.object({
    title: z.string().min(3),
    description,
    /** Position in the tools list, from 1. */
    order: z.number().int().positive(),
    /** The guidance page the tool belongs to. */
    guide: reference('playbook'),
    /**
     * What of the tool still works with JavaScript off, in a sentence, for its `<noscript>` notice
     * (`src/components/ToolNoScript.astro`); without it the notice says only that the page can be read.
     */
    withoutJavaScript: z.string().min(20).optional(),
    /**
     * What the tool's numbers are, for its "rule of thumb, not a measure" note (issue 13): one sentence
     * saying whose reading of the guidance they are. `RuleOfThumb.astro` adds what to check them against.
     */
    ruleOfThumb: z.string().min(20).max(DESCRIPTION_MAX_CHARS).optional(),
  }),
});

/** Stand-alone prose pages (home introduction, glossary, sources). */
const pages = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/pages' }),
  schema: z.object({
    title: z.string().min(3),
    description,
  }),
});

export const collections = { playbook, tools, pages };
