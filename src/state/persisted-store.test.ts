import { afterEach, describe, expect, it } from 'vitest';
import { createLazilyParsedStore, createPersistedStore } from './persisted-store.ts';

const KEY = 'test.store';
const parseNumber = (raw: unknown) => (typeof raw === 'number' ? raw : undefined);

afterEach(() => {
  localStorage.clear();
});

describe('createPersistedStore', () => {
  it('reads what was stored, falls back on what does not parse, and saves what is set', () => {
    localStorage.setItem(KEY, '7');
    expect(createPersistedStore(KEY, 1, parseNumber).get()).toBe(7);
    localStorage.setItem(KEY, '"seven"');
    const store = createPersistedStore(KEY, 1, parseNumber);
    expect(store.get()).toBe(1);
    store.set(3);
    expect(localStorage.getItem(KEY)).toBe('3');
  });

  it('changes the value for this tab only, telling listeners but saving nothing', () => {
    localStorage.setItem(KEY, '7');
    const store = createPersistedStore(KEY, 1, parseNumber);
    let notified = 0;
    store.subscribe(() => (notified += 1));
    store.setForTab(9);
    expect(store.get()).toBe(9);
    expect(notified).toBe(1);
    expect(localStorage.getItem(KEY)).toBe('7');
    // A reload (a new store over the same storage) reads what was saved, not the tab's value.
    expect(createPersistedStore(KEY, 1, parseNumber).get()).toBe(7);
  });

  it('saves again on the next set after a tab-only change', () => {
    const store = createPersistedStore(KEY, 1, parseNumber);
    store.setForTab(9);
    expect(localStorage.getItem(KEY)).toBeNull();
    store.set(4);
    expect(localStorage.getItem(KEY)).toBe('4');
  });
});

describe('createLazilyParsedStore', () => {
  it('holds the fallback until the parser has loaded, then what was stored', async () => {
    localStorage.setItem(KEY, '7');
    const store = createLazilyParsedStore(KEY, 1, () => Promise.resolve(parseNumber));
    expect(store.get()).toBe(1);
    let notified = 0;
    store.subscribe(() => (notified += 1));
    await store.ready;
    expect(store.get()).toBe(7);
    expect(notified).toBe(1);
  });

  it('keeps the fallback when nothing valid was stored', async () => {
    localStorage.setItem(KEY, '{not json');
    const store = createLazilyParsedStore(KEY, 1, () => Promise.resolve(parseNumber));
    await store.ready;
    expect(store.get()).toBe(1);
  });

  it('lets a value set before the parser loaded win over the stored one', async () => {
    localStorage.setItem(KEY, '7');
    const store = createLazilyParsedStore(KEY, 1, () => Promise.resolve(parseNumber));
    store.set(5);
    await store.ready;
    expect(store.get()).toBe(5);
    expect(localStorage.getItem(KEY)).toBe('5');
  });

  it('never loads the parser when nothing is stored', async () => {
    let loads = 0;
    const store = createLazilyParsedStore(KEY, 1, () => {
      loads += 1;
      return Promise.resolve(parseNumber);
    });
    await store.ready;
    expect(loads).toBe(0);
    expect(store.get()).toBe(1);
  });

  it('stays usable with the fallback when the parser cannot load', async () => {
    localStorage.setItem(KEY, '7');
    const store = createLazilyParsedStore(KEY, 1, () => Promise.reject(new Error('offline')));
    await store.ready;
    expect(store.get()).toBe(1);
  });
});
