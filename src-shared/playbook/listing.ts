// Filtered, searched lists of every kind of playbook content, as the Playbook screen asks for them.
import { CLOSING_METHODS, CLOSING_PITFALLS, CLOSING_SIGNALS } from './closing';
import { COUNTERPART_STYLE_INFO } from './counterpart-styles';
import type { EffectivePlaybook } from './effective-playbook';
import type { PlaybookListing, PlaybookQuery } from './query';
import { cardSearchDocument, searchPlaybook, techniqueSearchDocument, type SearchDocument } from './search';
import type { LocalizedText } from './types';

const both = (text: LocalizedText): string[] => [text.en, text.zh];
const documentOf = <T extends { id: string }>(entry: T, primary: LocalizedText[], secondary: LocalizedText[]) => ({
  id: entry.id,
  entry,
  primary: primary.flatMap(both),
  secondary: secondary.flatMap(both),
});

/** The entries matching the search in both languages, best first; every entry, in order, for a blank search. */
function search<T, D extends SearchDocument & { entry: T }>(query: string, documents: readonly D[]): T[] {
  return searchPlaybook(query, documents).map((match) => match.document.entry);
}

function listCards(playbook: EffectivePlaybook, query: PlaybookQuery): PlaybookListing {
  // Cards keep every technique they recommend, hidden ones too, so an edit saved from the screen loses none.
  const shown = playbook.cards
    .filter((card) => query.includeHidden || !card.isHidden)
    .filter(
      (card) =>
        (query.type === null || card.type === query.type) &&
        (query.nature === null || card.natures.includes(query.nature)) &&
        (query.situation === null || card.situation === query.situation) &&
        (query.techniqueId === null || card.techniqueIds.includes(query.techniqueId)),
    );
  const documents = shown.map((card) => ({ ...cardSearchDocument(card), entry: card }));
  return {
    kind: 'cards',
    cards: search(query.search, documents),
    total: playbook.cards.length,
    hiddenCount: playbook.cards.filter((card) => card.isHidden).length,
  };
}

function listTechniques(playbook: EffectivePlaybook, query: PlaybookQuery): PlaybookListing {
  const documents = playbook.techniques
    .filter((technique) => query.includeHidden || !technique.isHidden)
    .map((technique) => ({ ...techniqueSearchDocument(technique), entry: technique }));
  return {
    kind: 'techniques',
    techniques: search(query.search, documents),
    total: playbook.techniques.length,
    hiddenCount: playbook.techniques.filter((technique) => technique.isHidden).length,
  };
}

export function listPlaybook(playbook: EffectivePlaybook, query: PlaybookQuery): PlaybookListing {
  switch (query.kind) {
    case 'cards':
      return listCards(playbook, query);
    case 'techniques':
      return listTechniques(playbook, query);
    case 'closing':
      return {
        kind: 'closing',
        signals: search(
          query.search,
          CLOSING_SIGNALS.filter((signal) => query.signalKind === null || signal.kind === query.signalKind).map(
            (signal) => documentOf(signal, [signal.description], [signal.whatToDo]),
          ),
        ),
        methods: search(
          query.search,
          CLOSING_METHODS.map((method) => documentOf(method, [method.name], [method.howTo, method.example])),
        ),
        pitfalls: search(
          query.search,
          CLOSING_PITFALLS.map((pitfall) => documentOf(pitfall, [pitfall.text], [])),
        ),
      };
    case 'styles':
      return {
        kind: 'styles',
        styles: search(
          query.search,
          COUNTERPART_STYLE_INFO.map((style) =>
            documentOf(style, [style.name, style.alsoKnownAs], [style.recognise, style.hint, style.approach]),
          ),
        ),
      };
  }
}
