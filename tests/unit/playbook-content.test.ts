// Guards the built-in playbook's completeness: both languages everywhere, valid references, promised counts.
import { describe, expect, it } from 'vitest';
import {
  CLOSING_METHODS,
  CLOSING_PITFALLS,
  CLOSING_SIGNALS,
  COUNTERPART_STYLE_INFO,
  OBJECTION_CARDS,
  OBJECTION_NATURE_INFO,
  OBJECTION_NATURES,
  OBJECTION_TYPE_INFO,
  OBJECTION_TYPES,
  PRICE_SITUATIONS,
  TECHNIQUES,
  findCard,
  findClosingMethod,
  findClosingSignal,
  findTechnique,
  type LocalizedText,
} from '@shared/playbook';
import { COUNTERPART_STYLES } from '@shared/domain/deal';

const HAN = /\p{Script=Han}/u;

const COLLECTIONS = {
  OBJECTION_TYPE_INFO,
  OBJECTION_NATURE_INFO,
  TECHNIQUES,
  OBJECTION_CARDS,
  CLOSING_SIGNALS,
  CLOSING_PITFALLS,
  CLOSING_METHODS,
  COUNTERPART_STYLE_INFO,
};

function isLocalizedText(value: object): value is LocalizedText {
  const keys = Object.keys(value).sort();
  return keys.length === 2 && keys[0] === 'en' && keys[1] === 'zh';
}

/** Every LocalizedText under `value`, with a path for readable failures. */
function collectTexts(value: unknown, path: string, out: { path: string; text: LocalizedText }[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => collectTexts(item, `${path}[${index}]`, out));
  } else if (typeof value === 'object' && value !== null) {
    if (isLocalizedText(value)) out.push({ path, text: value });
    else for (const [key, child] of Object.entries(value)) collectTexts(child, `${path}.${key}`, out);
  }
}

const allTexts: { path: string; text: LocalizedText }[] = [];
for (const [name, collection] of Object.entries(COLLECTIONS)) collectTexts(collection, name, allTexts);

describe('playbook texts', () => {
  it('reaches the nested texts (line, answers and trap of every card; four per technique)', () => {
    expect(allTexts.length).toBeGreaterThanOrEqual(OBJECTION_CARDS.length * 4 + TECHNIQUES.length * 4);
  });

  it('has a non-empty English and Chinese version of every text', () => {
    const bad = allTexts.filter(
      ({ text }) =>
        typeof text.en !== 'string' ||
        typeof text.zh !== 'string' ||
        text.en.trim() === '' ||
        text.zh.trim() === '' ||
        text.en !== text.en.trim() ||
        text.zh !== text.zh.trim(),
    );
    expect(bad.map(({ path }) => path)).toEqual([]);
  });

  it('writes Chinese in zh and no Chinese in en', () => {
    expect(allTexts.filter(({ text }) => !HAN.test(text.zh)).map(({ path }) => path)).toEqual([]);
    expect(allTexts.filter(({ text }) => HAN.test(text.en)).map(({ path }) => path)).toEqual([]);
  });

  it('uses the users’ own terms in Chinese', () => {
    const zh = allTexts.map(({ text }) => text.zh).join('\n');
    for (const term of ['异议', '真实的异议', '价格异议', '太极法', '补偿法', '替代方案', '成交信号', '太贵']) {
      expect(zh).toContain(term);
    }
  });
});

describe('playbook ids', () => {
  it('are unique within each collection', () => {
    for (const [name, collection] of Object.entries(COLLECTIONS)) {
      const ids = collection.map((entry) => entry.id);
      expect(new Set(ids).size, name).toBe(ids.length);
    }
  });

  it('are unique across cards and techniques together', () => {
    const ids = [...OBJECTION_CARDS, ...TECHNIQUES].map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('are stable kebab-case', () => {
    const ids = Object.values(COLLECTIONS).flatMap((collection) => collection.map((entry) => entry.id));
    expect(ids.filter((id) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))).toEqual([]);
  });

  it('are found by the lookup helpers', () => {
    expect(findTechnique('give-get')?.id).toBe('give-get');
    expect(findCard('price-too-expensive-1')?.situation).toBe('too-expensive');
    expect(findClosingSignal(CLOSING_SIGNALS[0]?.id ?? '')).toBe(CLOSING_SIGNALS[0]);
    expect(findClosingMethod('assumptive')?.id).toBe('assumptive');
    expect(findTechnique('no-such-technique')).toBeUndefined();
  });
});

describe('objection types and natures', () => {
  it('describes every type and nature exactly once, in order', () => {
    expect(OBJECTION_TYPE_INFO.map((info) => info.id)).toEqual([...OBJECTION_TYPES]);
    expect(OBJECTION_NATURE_INFO.map((info) => info.id)).toEqual([...OBJECTION_NATURES]);
  });

  it('gives each a diagnostic question', () => {
    for (const info of [...OBJECTION_TYPE_INFO, ...OBJECTION_NATURE_INFO]) {
      expect(info.diagnosticQuestion.en, info.id).toMatch(/\?$/);
      expect(info.diagnosticQuestion.zh, info.id).toMatch(/？$/);
    }
  });
});

describe('techniques', () => {
  it('has at least 13, including the domain list and the two recurring moves', () => {
    expect(TECHNIQUES.length).toBeGreaterThanOrEqual(13);
    const ids = TECHNIQUES.map((technique) => technique.id);
    for (const id of [
      'ignore',
      'compensation',
      'tai-chi',
      'yes-but',
      'inquiry',
      'example',
      'echo',
      'redirect-to-material',
      'direct-denial',
      'question-back',
      'defer',
      'trade-scope',
      'give-get',
      'false-floor-price',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('labels the false floor price as risky', () => {
    expect(findTechnique('false-floor-price')?.risk).not.toBeNull();
  });

  it('keeps the risk label for risky tactics only', () => {
    const risky = TECHNIQUES.filter((technique) => technique.risk !== null).map((technique) => technique.id);
    expect(risky.length).toBeLessThanOrEqual(7);
    expect(risky).not.toContain('give-get');
  });

  it('flags the risk of each price method that can backfire: praise, steering to a rival’s shortfall, rebuttal', () => {
    for (const id of ['praise-standards', 'steer-to-shortfall', 'rebuttal']) {
      const technique = TECHNIQUES.find((entry) => entry.id === id);
      expect(technique?.risk?.en.length, id).toBeGreaterThan(40);
      expect(technique?.risk?.zh.length, id).toBeGreaterThan(15);
      expect(
        OBJECTION_CARDS.some((card) => card.type === 'price' && card.techniqueIds.includes(id)),
        id,
      ).toBe(true);
    }
  });

  it('is recommended by at least one card, except the tactic shown only to be recognised', () => {
    const recommended = new Set(OBJECTION_CARDS.flatMap((card) => card.techniqueIds));
    const unused = TECHNIQUES.map((technique) => technique.id).filter((id) => !recommended.has(id));
    expect(unused).toEqual(['false-floor-price']);
  });
});

describe('objection cards', () => {
  it('references only existing techniques, each once per card', () => {
    for (const card of OBJECTION_CARDS) {
      expect(card.techniqueIds.length, card.id).toBeGreaterThan(0);
      expect(new Set(card.techniqueIds).size, card.id).toBe(card.techniqueIds.length);
      for (const id of card.techniqueIds) expect(findTechnique(id), `${card.id} → ${id}`).toBeDefined();
    }
  });

  it('never recommends the false floor price', () => {
    expect(OBJECTION_CARDS.filter((card) => card.techniqueIds.includes('false-floor-price'))).toEqual([]);
  });

  it('has at least 54 cards and at least 6 of every type', () => {
    expect(OBJECTION_CARDS.length).toBeGreaterThanOrEqual(54);
    for (const type of OBJECTION_TYPES) {
      expect(OBJECTION_CARDS.filter((card) => card.type === type).length, type).toBeGreaterThanOrEqual(6);
    }
  });

  it('has at least 20 price cards covering every price situation', () => {
    const priceCards = OBJECTION_CARDS.filter((card) => card.type === 'price');
    expect(priceCards.length).toBeGreaterThanOrEqual(20);
    const covered = new Set(priceCards.map((card) => card.situation));
    for (const situation of PRICE_SITUATIONS) expect(covered.has(situation), situation).toBe(true);
  });

  it('sets a situation on price cards only', () => {
    for (const card of OBJECTION_CARDS) {
      expect(card.situation === null, card.id).toBe(card.type !== 'price');
    }
  });

  it('names its type in its id', () => {
    for (const card of OBJECTION_CARDS) expect(card.id.startsWith(`${card.type}-`), card.id).toBe(true);
  });

  it('gives two or more model answers, likely natures and a trap', () => {
    for (const card of OBJECTION_CARDS) {
      expect(card.modelAnswers.length, card.id).toBeGreaterThanOrEqual(2);
      expect(card.natures.length, card.id).toBeGreaterThan(0);
      expect(new Set(card.natures).size, card.id).toBe(card.natures.length);
      expect(card.trap.en.length, card.id).toBeGreaterThan(0);
    }
  });

  it('phrases the too-expensive cards so both languages’ searches find them', () => {
    const cards = OBJECTION_CARDS.filter((card) => card.situation === 'too-expensive');
    expect(cards.length).toBeGreaterThanOrEqual(2);
    for (const card of cards) {
      expect(card.line.en.toLowerCase(), card.id).toContain('expensive');
      expect(card.line.zh, card.id).toContain('太贵');
    }
  });
});

describe('closing', () => {
  it('lists the twelve closing signals, each verbal, behavioural or facial', () => {
    expect(CLOSING_SIGNALS).toHaveLength(12);
    const kinds = new Set(CLOSING_SIGNALS.map((signal) => signal.kind));
    expect([...kinds].sort()).toEqual(['behavioural', 'facial', 'verbal']);
  });

  it('has the four closing methods under their fixed ids', () => {
    expect(CLOSING_METHODS.map((method) => method.id)).toEqual([
      'direct',
      'alternative-choice',
      'incentive',
      'assumptive',
    ]);
  });

  it('lists the pitfalls of the closing moment', () => {
    expect(CLOSING_PITFALLS.length).toBeGreaterThanOrEqual(5);
  });
});

describe('counterpart styles', () => {
  it('describes each of the four styles once, in order', () => {
    expect(COUNTERPART_STYLE_INFO.map((style) => style.id)).toEqual([...COUNTERPART_STYLES]);
  });

  it('keeps the picker hint short in both languages', () => {
    for (const style of COUNTERPART_STYLE_INFO) {
      expect(style.hint.en.length, style.id).toBeLessThanOrEqual(90);
      expect(style.hint.zh.length, style.id).toBeLessThanOrEqual(90);
    }
  });
});
