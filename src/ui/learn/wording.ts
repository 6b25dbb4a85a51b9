/** Learn view and learn-link wording at both reading levels. */
import type { Wording } from '../common/text';

export const LEARN = {
  title: {
    patient: 'Trigger points and dry needling, explained',
    clinical: 'Trigger points and dry needling: background',
  },
  lead: {
    patient:
      'Short, plain-language guides to trigger points, dry needling and staying safe, and a glossary of the words you will meet in this atlas.',
    clinical:
      'Background on myofascial trigger points and dry needling: definitions, proposed mechanisms, adverse events, clinical reasoning and the state of the evidence, with a glossary.',
  },
  articles: { patient: 'Guides', clinical: 'Articles' },
  glossary: { patient: 'Glossary: words explained', clinical: 'Glossary' },
  jumpToGlossary: { patient: 'Words explained', clinical: 'Glossary' },
  filterLabel: { patient: 'Find a word in the glossary', clinical: 'Filter the glossary' },
  filterPlaceholder: { patient: 'Find a word', clinical: 'Filter terms' },
  noMatch: { patient: 'No words match. Try a shorter word.', clinical: 'No terms match.' },
  articleEyebrow: { patient: 'Guide', clinical: 'Article' },
  termEyebrow: { patient: 'Glossary', clinical: 'Glossary' },
  sources: { patient: 'Sources', clinical: 'Sources' },
  readMore: { patient: 'Read more about this', clinical: 'Discussed in' },
  next: { patient: 'Next guide', clinical: 'Next article' },
  plainName: { patient: 'Clinical term', clinical: 'In plain words' },
  learnMore: { patient: 'Learn more', clinical: 'Background' },
  safetyLead: { patient: 'Read more:', clinical: 'See also:' },
} as const satisfies Record<string, Wording>;

/** Articles linked from every trigger point's panel, in this order. */
export const PANEL_ARTICLES = ['what-is-a-trigger-point', 'what-needling-feels-like'] as const;

/** Articles linked from the panel's disclaimer. */
export const SAFETY_ARTICLES = ['red-flags', 'disclaimer'] as const;
