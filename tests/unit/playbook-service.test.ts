// The playbook service on real files: custom entries, edits, hiding and reset survive a reload from disk.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  OBJECTION_CARDS,
  TECHNIQUES,
  defaultPlaybookQuery,
  userText,
  type CardDraft,
  type ObjectionCard,
  type PlaybookEntry,
  type TechniqueDraft,
} from '@shared/playbook';
import { createDispatch } from '../../src-main/ipc/dispatch';
import { createHandlers } from '../../src-main/ipc/handlers';
import { createServices, type Services } from '../../src-main/services/create-services';
import { WORKBENCH_FILE } from '../../src-main/store/workbench-store';

const builtInCard = OBJECTION_CARDS[0] as ObjectionCard;

const cardDraft = (patch: Partial<CardDraft> = {}): CardDraft => ({
  id: null,
  line: userText('审计那边肯定通不过'),
  type: 'authority',
  natures: ['hidden', 'true'],
  situation: null,
  techniqueIds: ['inquiry', 'echo'],
  modelAnswers: [userText('审计最担心的是哪一条？')],
  trap: userText('绕开审计直接找老板。'),
  ...patch,
});

const techniqueDraft: TechniqueDraft = {
  id: null,
  name: userText('Strategic silence'),
  whenToUse: userText('After stating the price, say nothing and wait.'),
  whenNotToUse: userText(''),
  example: userText(''),
  risk: null,
};

const cardOf = (entry: PlaybookEntry) => {
  if (entry.kind !== 'card') throw new Error('expected a card');
  return entry.card;
};

let dataDir: string;
let services: Services;
let ids: number;

const open = async (): Promise<Services> => createServices({ dataDir, version: 'test', newId: () => `id-${++ids}` });

/** A fresh backend on the same folder: everything it knows came from disk. */
const reopen = async (): Promise<Services> => {
  services.close();
  services = await open();
  return services;
};

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'parley-playbook-'));
  ids = 0;
  services = await open();
});

afterEach(() => {
  services.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('playbook service', () => {
  it('offers the built-in playbook to the rest of Parley when nothing was changed', () => {
    expect(services.playbook.cards()).toEqual(OBJECTION_CARDS);
    expect(services.playbook.techniques()).toEqual(TECHNIQUES);
  });

  it('keeps a custom card and technique after a reload, exactly like built-ins', async () => {
    const technique = await services.playbook.save({ kind: 'technique', technique: techniqueDraft });
    if (technique.kind !== 'technique') throw new Error('expected a technique');
    const techniqueId = technique.technique.id;
    const card = cardOf(
      await services.playbook.save({ kind: 'card', card: cardDraft({ techniqueIds: [techniqueId, 'inquiry'] }) }),
    );
    expect(card).toMatchObject({ id: 'custom-card-id-2', origin: 'custom', isHidden: false });

    const reloaded = await reopen();
    const stored = reloaded.playbook.cards().find((entry) => entry.id === card.id);
    expect(stored).toEqual({ ...cardDraft({ techniqueIds: [techniqueId, 'inquiry'] }), id: card.id });
    expect(reloaded.playbook.techniques().map((entry) => entry.id)).toContain(techniqueId);
    const found = reloaded.playbook.list({ ...defaultPlaybookQuery(), search: '审计 通不过' });
    expect(found.kind === 'cards' && found.cards.map((entry) => entry.id)).toEqual([card.id]);
    const byTechnique = reloaded.playbook.list({ ...defaultPlaybookQuery(), techniqueId });
    expect(byTechnique.kind === 'cards' && byTechnique.cards.map((entry) => entry.id)).toEqual([card.id]);
  });

  it('stores an edited built-in in workbench.json, not in the content, and resets it', async () => {
    const edited = { ...builtInCard, modelAnswers: [...builtInCard.modelAnswers, userText('先问清楚预算周期。')] };
    expect(cardOf(await services.playbook.save({ kind: 'card', card: edited })).origin).toBe('edited');
    const onDisk = JSON.parse(readFileSync(join(dataDir, WORKBENCH_FILE), 'utf8'));
    expect(onDisk.playbook.cards).toEqual([edited]);

    const reloaded = await reopen();
    expect(reloaded.playbook.cards()[0]).toEqual(edited);
    expect(cardOf(reloaded.playbook.get({ kind: 'card', id: builtInCard.id })).origin).toBe('edited');

    const reset = cardOf(await reloaded.playbook.reset({ kind: 'card', id: builtInCard.id }));
    expect(reset).toEqual({ ...builtInCard, origin: 'built-in', isHidden: false });
    expect((await reopen()).playbook.cards()[0]).toEqual(builtInCard);
  });

  it('hides a built-in from everyone else, keeps it reachable by id, and reset shows it again', async () => {
    await services.playbook.setHidden({ kind: 'card', id: builtInCard.id }, true);
    await services.playbook.setHidden({ kind: 'technique', id: 'inquiry' }, true);

    const reloaded = await reopen();
    expect(reloaded.playbook.cards().map((card) => card.id)).not.toContain(builtInCard.id);
    expect(reloaded.playbook.techniques().map((technique) => technique.id)).not.toContain('inquiry');
    expect(reloaded.playbook.cards().some((card) => card.techniqueIds.includes('inquiry'))).toBe(false);
    expect(cardOf(reloaded.playbook.get({ kind: 'card', id: builtInCard.id })).isHidden).toBe(true);

    await reloaded.playbook.reset({ kind: 'card', id: builtInCard.id });
    // The card is back; the technique is still hidden, so the card no longer recommends it.
    expect((await reopen()).playbook.cards()[0]).toEqual({
      ...builtInCard,
      techniqueIds: builtInCard.techniqueIds.filter((id) => id !== 'inquiry'),
    });
  });

  it('deletes custom entries, but only hides or resets built-ins', async () => {
    const card = cardOf(await services.playbook.save({ kind: 'card', card: cardDraft() }));
    await expect(services.playbook.reset({ kind: 'card', id: card.id })).rejects.toMatchObject({ code: 'conflict' });
    await expect(services.playbook.remove({ kind: 'card', id: builtInCard.id })).rejects.toMatchObject({
      code: 'conflict',
    });
    expect(cardOf(await services.playbook.remove({ kind: 'card', id: card.id })).id).toBe(card.id);
    expect((await reopen()).playbook.cards()).toEqual(OBJECTION_CARDS);
  });

  it('refuses unknown ids and unknown techniques', async () => {
    await expect(
      services.playbook.save({ kind: 'card', card: cardDraft({ id: 'no-such-card' }) }),
    ).rejects.toMatchObject({ code: 'not-found' });
    await expect(
      services.playbook.save({ kind: 'card', card: cardDraft({ techniqueIds: ['no-such-technique'] }) }),
    ).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(services.playbook.setHidden({ kind: 'technique', id: 'nope' }, true)).rejects.toMatchObject({
      code: 'not-found',
    });
    expect(services.playbook.cards()).toEqual(OBJECTION_CARDS);
  });
});

describe('playbook channels', () => {
  it('validates a card at the boundary and reports the fields to fix', async () => {
    const dispatch = createDispatch(createHandlers(services));
    const result = await dispatch('playbook:save', {
      kind: 'card',
      card: cardDraft({ line: userText('  '), modelAnswers: [], situation: 'too-expensive' }),
    });
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : (result.error.issues ?? []).map((issue) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(['card.line.en', 'card.modelAnswers']));

    const priceOnly = await dispatch('playbook:save', {
      kind: 'card',
      card: cardDraft({ situation: 'too-expensive' }),
    });
    expect(priceOnly.ok || priceOnly.error.issues?.map((issue) => issue.path)).toEqual(['card.situation']);
  });

  it('lists, hides and resets through the contract', async () => {
    const dispatch = createDispatch(createHandlers(services));
    const hidden = await dispatch('playbook:set-hidden', { kind: 'card', id: builtInCard.id, isHidden: true });
    expect(hidden).toMatchObject({ ok: true, value: { kind: 'card', card: { isHidden: true } } });
    const listing = await dispatch('playbook:list', { ...defaultPlaybookQuery(), search: '太贵' });
    expect(listing).toMatchObject({ ok: true, value: { kind: 'cards', hiddenCount: 1 } });
    const reset = await dispatch('playbook:reset', { kind: 'card', id: builtInCard.id });
    expect(reset).toMatchObject({ ok: true, value: { card: { isHidden: false, origin: 'built-in' } } });
    expect(await dispatch('playbook:list', { kind: 'cards' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });
});
