// The Playbook screen's search: both languages, all terms required, what the customer says ranked first.
import { describe, expect, it } from 'vitest';
import {
  OBJECTION_CARDS,
  PLAYBOOK_SEARCH_DOCUMENTS,
  cardSearchDocument,
  searchPlaybook,
  type SearchDocument,
} from '@shared/playbook';

const tooExpensiveIds = OBJECTION_CARDS.filter((card) => card.situation === 'too-expensive').map((card) => card.id);

const ids = (query: string, documents: readonly SearchDocument[] = PLAYBOOK_SEARCH_DOCUMENTS): string[] =>
  searchPlaybook(query, documents).map((match) => match.document.id);

describe('searchPlaybook on the built-in playbook', () => {
  it('finds the too-expensive cards in English, first', () => {
    const found = ids('expensive');
    expect(found.slice(0, tooExpensiveIds.length).sort()).toEqual([...tooExpensiveIds].sort());
  });

  it('finds the too-expensive cards in Chinese without spaces', () => {
    const found = ids('太贵');
    expect(found.slice(0, tooExpensiveIds.length).sort()).toEqual([...tooExpensiveIds].sort());
  });

  it('ignores case, full-width letters and punctuation around terms', () => {
    expect(ids('EXPENSIVE?')).toEqual(ids('expensive'));
    expect(ids('ＬＰＲ')).toEqual(ids('lpr'));
    expect(ids('太贵？')).toEqual(ids('太贵'));
    expect(ids("don't need")).toContain('need-already-have-1');
  });

  it('requires every term, in any language', () => {
    const found = ids('loan 太贵');
    expect(found).toEqual(['price-too-expensive-3']);
  });

  it('finds techniques by their name in either language', () => {
    expect(ids('太极法')[0]).toBe('tai-chi');
    expect(ids('tai-chi')[0]).toBe('tai-chi');
  });

  it('returns nothing when nothing matches', () => {
    expect(searchPlaybook('zzqx-nothing-here', PLAYBOOK_SEARCH_DOCUMENTS)).toEqual([]);
    expect(searchPlaybook('expensive 不存在的词', PLAYBOOK_SEARCH_DOCUMENTS)).toEqual([]);
  });

  it('searches custom cards the same way', () => {
    const base = OBJECTION_CARDS[0];
    if (!base) throw new Error('no built-in card');
    const custom = cardSearchDocument({
      ...base,
      id: 'custom-1',
      line: { en: 'Our auditors object', zh: '审计有意见' },
    });
    expect(ids('审计', [...PLAYBOOK_SEARCH_DOCUMENTS, custom])).toContain('custom-1');
  });
});

describe('searchPlaybook ranking', () => {
  const documents: SearchDocument[] = [
    { id: 'answer-only', primary: ['Can you do better?'], secondary: ['Compare the price per month.'] },
    { id: 'line-and-answer', primary: ['The price is high'], secondary: ['Break it down per month.'] },
    { id: 'line-only', primary: ['Price per month is too high'], secondary: ['Ask why.'] },
    { id: 'unrelated', primary: ['We need to think'], secondary: ['Ask what is unclear.'] },
  ];

  it('ranks documents whose primary text matches above those matching only in secondary text', () => {
    expect(ids('price', documents)).toEqual(['line-and-answer', 'line-only', 'answer-only']);
  });

  it('scores each term by where it is found', () => {
    const matches = searchPlaybook('price month', documents);
    expect(matches.map((match) => [match.document.id, match.score])).toEqual([
      ['line-only', 6],
      ['line-and-answer', 4],
      ['answer-only', 2],
    ]);
  });

  it('keeps the input order among equal scores', () => {
    expect(ids('ask', documents)).toEqual(['line-only', 'unrelated']);
  });

  it('returns every document, in order, for a blank query', () => {
    expect(ids('   ', documents)).toEqual(documents.map((document) => document.id));
  });

  it('counts a repeated term once', () => {
    expect(searchPlaybook('price price', documents)).toEqual(searchPlaybook('price', documents));
  });
});
