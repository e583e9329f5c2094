// Full-text search over playbook entries in both languages, built-in and custom alike, for the Playbook screen.
import type { LocalizedText, ObjectionCard, Technique } from './types';

/**
 * Anything searchable. `primary` texts (what a card's counterpart says, a technique's name) outrank
 * `secondary` ones (answers, explanations), so a hit in what the customer says comes first.
 */
export type SearchDocument = { id: string; primary: readonly string[]; secondary: readonly string[] };

export type SearchMatch<D extends SearchDocument> = { document: D; score: number };

export type PlaybookSearchDocument = SearchDocument & { kind: 'card' | 'technique' };

// A term found in a primary text outweighs any number of secondary hits for the other terms,
// as long as queries stay a handful of words.
const PRIMARY_WEIGHT = 3;
const SECONDARY_WEIGHT = 1;

/** Folds case, full-width forms (ＡＢＣ, full-width spaces) and curly quotes so typing habits don't matter. */
function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
}

/** Whitespace-separated terms; Chinese needs no segmentation because each term is matched as a substring. */
function toTerms(query: string): string[] {
  const terms = normalise(query)
    .split(/\s+/)
    .map((term) => term.replace(/^\p{P}+|\p{P}+$/gu, ''))
    .filter((term) => term !== '');
  return [...new Set(terms)];
}

/** The document's score for the terms, or null when some term is in none of its texts. */
function scoreDocument(document: SearchDocument, terms: readonly string[]): number | null {
  const primary = document.primary.map(normalise);
  const secondary = document.secondary.map(normalise);
  let score = 0;
  for (const term of terms) {
    if (primary.some((text) => text.includes(term))) score += PRIMARY_WEIGHT;
    else if (secondary.some((text) => text.includes(term))) score += SECONDARY_WEIGHT;
    else return null;
  }
  return score;
}

/**
 * Documents containing every term of the query (case-insensitive, in any of their texts), best first;
 * ties keep the input order. A blank query matches every document, in order.
 */
export function searchPlaybook<D extends SearchDocument>(query: string, documents: readonly D[]): SearchMatch<D>[] {
  const terms = toTerms(query);
  if (terms.length === 0) return documents.map((document) => ({ document, score: 0 }));
  const matches: SearchMatch<D>[] = [];
  for (const document of documents) {
    const score = scoreDocument(document, terms);
    if (score !== null) matches.push({ document, score });
  }
  // Array.prototype.sort is stable, which keeps the playbook's own order among equal scores.
  return matches.sort((a, b) => b.score - a.score);
}

const bothLanguages = (text: LocalizedText): string[] => [text.en, text.zh];

/** Works for custom cards too, since they share the built-in shape. */
export function cardSearchDocument(card: ObjectionCard): PlaybookSearchDocument {
  return {
    kind: 'card',
    id: card.id,
    primary: bothLanguages(card.line),
    secondary: [...card.modelAnswers.flatMap(bothLanguages), ...bothLanguages(card.trap)],
  };
}

export function techniqueSearchDocument(technique: Technique): PlaybookSearchDocument {
  const texts = [technique.whenToUse, technique.whenNotToUse, technique.example];
  if (technique.risk !== null) texts.push(technique.risk);
  return {
    kind: 'technique',
    id: technique.id,
    primary: bothLanguages(technique.name),
    secondary: texts.flatMap(bothLanguages),
  };
}
