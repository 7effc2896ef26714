import { describe, expect, it } from 'vitest';
import { STORAGE_KEY, loadViews, removeView, saveView } from './saved-views.js';

function memory(initial?: string) {
  const items = new Map<string, string>(initial ? [[STORAGE_KEY, initial]] : []);
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

describe('saved views', () => {
  it('saves, lists alphabetically and replaces a view of the same name', () => {
    const store = memory();
    saveView(store, { naam: 'Zanderij', zoek: 'wijk=Wijk:GM0537-WK04' });
    saveView(store, { naam: 'Hoornes', zoek: 'wijk=Wijk:GM0537-WK02' });
    const { views, saved } = saveView(store, { naam: 'hoornes ', zoek: 'focus=Steungroep:hoornesgroep' });
    expect(saved).toBe(true);
    expect(views).toEqual([
      { naam: 'hoornes', zoek: 'focus=Steungroep:hoornesgroep' },
      { naam: 'Zanderij', zoek: 'wijk=Wijk:GM0537-WK04' },
    ]);
    expect(loadViews(store)).toEqual(views);
  });

  it('removes a view by name', () => {
    const store = memory();
    saveView(store, { naam: 'A', zoek: '' });
    expect(removeView(store, 'A')).toEqual([]);
  });

  it('ignores what it cannot read', () => {
    expect(loadViews(memory('niet json'))).toEqual([]);
    expect(loadViews(memory('[{"naam":1},{"naam":"Goed","zoek":"x"}]'))).toEqual([
      { naam: 'Goed', zoek: 'x' },
    ]);
    expect(loadViews(undefined)).toEqual([]);
  });

  it('says so when the browser will not store anything', () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(saveView(full, { naam: 'A', zoek: '' }).saved).toBe(false);
    expect(saveView(undefined, { naam: 'A', zoek: '' }).saved).toBe(false);
  });
});
