// The merge of built-in content and the user's overrides, and the listing the Playbook screen asks for.
import { describe, expect, it } from 'vitest';
import {
  OBJECTION_CARDS,
  TECHNIQUES,
  defaultPlaybookQuery,
  effectivePlaybook,
  emptyPlaybookOverrides,
  listPlaybook,
  userText,
  visiblePlaybook,
  withHidden,
  withSavedEntry,
  withoutOverride,
  type ObjectionCard,
  type PlaybookListing,
  type PlaybookQuery,
  type Technique,
} from '@shared/playbook';

const builtInCard = OBJECTION_CARDS.find((card) => card.situation === 'too-expensive') as ObjectionCard;
const builtInTechnique = TECHNIQUES.find((technique) => technique.id === 'inquiry') as Technique;

const customTechnique: Technique = {
  id: 'custom-technique-1',
  name: userText('Silence'),
  whenToUse: userText('After a price objection, wait.'),
  whenNotToUse: userText(''),
  example: userText(''),
  risk: null,
};

const customCard: ObjectionCard = {
  id: 'custom-card-1',
  line: userText('Our auditors will never sign this off'),
  type: 'authority',
  natures: ['hidden'],
  situation: null,
  techniqueIds: ['inquiry', customTechnique.id],
  modelAnswers: [userText('Which clause worries them most?')],
  trap: userText('Going around the auditors.'),
};

const withCustom = () =>
  withSavedEntry(withSavedEntry(emptyPlaybookOverrides(), 'technique', customTechnique), 'card', customCard);

const cardsOf = (listing: PlaybookListing) => {
  if (listing.kind !== 'cards') throw new Error(`expected cards, got ${listing.kind}`);
  return listing.cards;
};
const query = (patch: Partial<PlaybookQuery>): PlaybookQuery => ({ ...defaultPlaybookQuery(), ...patch });

describe('effectivePlaybook', () => {
  it('is the built-in content, in order, when the user changed nothing', () => {
    const { cards, techniques } = effectivePlaybook(emptyPlaybookOverrides());
    expect(cards.map((card) => card.id)).toEqual(OBJECTION_CARDS.map((card) => card.id));
    expect(techniques.map((technique) => technique.id)).toEqual(TECHNIQUES.map((technique) => technique.id));
    expect(new Set(cards.map((card) => card.origin))).toEqual(new Set(['built-in']));
    expect(cards.some((card) => card.isHidden)).toBe(false);
  });

  it('appends custom entries after the built-ins, marked custom', () => {
    const { cards, techniques } = effectivePlaybook(withCustom());
    expect(cards.at(-1)).toEqual({ ...customCard, origin: 'custom', isHidden: false });
    expect(techniques.at(-1)?.origin).toBe('custom');
    expect(cards).toHaveLength(OBJECTION_CARDS.length + 1);
  });

  it('replaces an edited built-in in place and leaves the shipped content untouched', () => {
    const shipped = structuredClone(builtInCard);
    const edited = { ...builtInCard, modelAnswers: [...builtInCard.modelAnswers, userText('My own answer')] };
    const { cards } = effectivePlaybook(withSavedEntry(emptyPlaybookOverrides(), 'card', edited));
    const index = OBJECTION_CARDS.indexOf(builtInCard);
    expect(cards[index]).toEqual({ ...edited, origin: 'edited', isHidden: false });
    expect(builtInCard).toEqual(shipped);
  });

  it('drops the override when a built-in is saved exactly as shipped', () => {
    const edited = withSavedEntry(emptyPlaybookOverrides(), 'card', { ...builtInCard, trap: userText('x') });
    // As a form sends it back: same content, keys in another order.
    const reordered = Object.fromEntries(Object.entries(structuredClone(builtInCard)).reverse()) as ObjectionCard;
    const back = withSavedEntry(edited, 'card', {
      ...reordered,
      trap: { zh: builtInCard.trap.zh, en: builtInCard.trap.en },
    });
    expect(back.cards).toEqual([]);
    expect(effectivePlaybook(back).cards.find((card) => card.id === builtInCard.id)?.origin).toBe('built-in');
  });

  it('saves a custom entry again in place rather than adding a second one', () => {
    const renamed = { ...customCard, line: userText('Audit says no') };
    const overrides = withSavedEntry(withCustom(), 'card', renamed);
    expect(overrides.cards).toEqual([renamed]);
  });

  it('marks hidden entries and unhides them', () => {
    const hidden = withHidden(withCustom(), 'card', builtInCard.id, true);
    expect(effectivePlaybook(hidden).cards.find((card) => card.id === builtInCard.id)?.isHidden).toBe(true);
    const shown = withHidden(hidden, 'card', builtInCard.id, false);
    expect(shown.hiddenCardIds).toEqual([]);
    expect(withHidden(hidden, 'card', builtInCard.id, true).hiddenCardIds).toEqual([builtInCard.id]);
  });

  it('resets a built-in: the edit is dropped and it is shown again', () => {
    const edited = withSavedEntry(emptyPlaybookOverrides(), 'technique', {
      ...builtInTechnique,
      name: userText('Ask'),
    });
    const hidden = withHidden(edited, 'technique', builtInTechnique.id, true);
    const reset = withoutOverride(hidden, 'technique', builtInTechnique.id);
    expect(reset).toEqual(emptyPlaybookOverrides());
    expect(effectivePlaybook(reset).techniques.find((t) => t.id === builtInTechnique.id)).toEqual({
      ...builtInTechnique,
      origin: 'built-in',
      isHidden: false,
    });
  });

  it('never lets a card point at a deleted technique', () => {
    const deleted = withoutOverride(withCustom(), 'technique', customTechnique.id);
    const card = effectivePlaybook(deleted).cards.find((entry) => entry.id === customCard.id);
    expect(card?.techniqueIds).toEqual(['inquiry']);
  });
});

describe('visiblePlaybook', () => {
  it('leaves out hidden cards and techniques, and hidden techniques from cards', () => {
    const overrides = withHidden(withHidden(withCustom(), 'card', builtInCard.id, true), 'technique', 'inquiry', true);
    const { cards, techniques } = visiblePlaybook(effectivePlaybook(overrides));
    expect(cards.map((card) => card.id)).not.toContain(builtInCard.id);
    expect(techniques.map((technique) => technique.id)).not.toContain('inquiry');
    const techniqueIds = new Set(techniques.map((technique) => technique.id));
    expect(cards.every((card) => card.techniqueIds.every((id) => techniqueIds.has(id)))).toBe(true);
    expect(cards.find((card) => card.id === customCard.id)).toEqual({
      ...customCard,
      techniqueIds: [customTechnique.id],
    });
  });
});

describe('listPlaybook', () => {
  const playbook = effectivePlaybook(withHidden(withCustom(), 'card', builtInCard.id, true));

  it('filters cards by type, nature, situation and technique together', () => {
    const cards = cardsOf(listPlaybook(playbook, query({ type: 'price', situation: 'too-expensive' })));
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.every((card) => card.type === 'price' && card.situation === 'too-expensive')).toBe(true);
    const byTechnique = cardsOf(listPlaybook(playbook, query({ techniqueId: customTechnique.id, nature: 'hidden' })));
    expect(byTechnique.map((card) => card.id)).toEqual([customCard.id]);
    expect(cardsOf(listPlaybook(playbook, query({ techniqueId: customTechnique.id, nature: 'true' })))).toEqual([]);
  });

  it('hides hidden cards unless asked, and counts them', () => {
    const listing = listPlaybook(playbook, query({}));
    expect(cardsOf(listing).map((card) => card.id)).not.toContain(builtInCard.id);
    expect(listing).toMatchObject({ total: OBJECTION_CARDS.length + 1, hiddenCount: 1 });
    const all = cardsOf(listPlaybook(playbook, query({ includeHidden: true })));
    expect(all.find((card) => card.id === builtInCard.id)?.isHidden).toBe(true);
  });

  it('finds custom cards by their text in either language', () => {
    // What the customer says ranks first: the custom card's line beats another card's model answer.
    expect(cardsOf(listPlaybook(playbook, query({ search: 'AUDITORS' })))[0]?.id).toBe(customCard.id);
    expect(cardsOf(listPlaybook(playbook, query({ search: 'auditors never sign' }))).map((card) => card.id)).toEqual([
      customCard.id,
    ]);
  });

  it('searches techniques, closing content and styles in both languages', () => {
    const techniques = listPlaybook(playbook, query({ kind: 'techniques', search: '询问法' }));
    expect(techniques.kind === 'techniques' && techniques.techniques[0]?.id).toBe('inquiry');
    const closing = listPlaybook(playbook, query({ kind: 'closing', search: 'chair', signalKind: 'behavioural' }));
    expect(closing.kind === 'closing' && closing.signals.length).toBe(1);
    const styles = listPlaybook(playbook, query({ kind: 'styles', search: '完美型' }));
    expect(styles.kind === 'styles' && styles.styles.map((style) => style.id)).toEqual(['analytical']);
  });
});
