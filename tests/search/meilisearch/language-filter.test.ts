import { describe, expect, it } from 'vitest';
import { languageFilter } from '../../../search/meilisearch/filter.ts';

describe('languageFilter', () => {
  it('selects the Russian rows by their language', () => {
    expect(languageFilter('ru')).toBe('language = "ru"');
  });

  it('selects as Kazakh every row that is not Russian, rows indexed before languages were included', () => {
    expect(languageFilter('kk')).toBe('language != "ru"');
  });
});
