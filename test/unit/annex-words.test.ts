// The report annex cites the project's own files in words, keeping the sentence around them whole.
import { describe, expect, it } from 'vitest';
import { citationWords } from '../../web/evaluation/annex-words.ts';

describe('citationWords', () => {
  it('replaces a file name by its citation and keeps the brackets round it', () => {
    expect(citationWords('ASSUMED for Phan Boi: no quantitative data exists (reference/DATA.md §2); engineering estimate')).toBe(
      'ASSUMED for Phan Boi: no quantitative data exists (the project’s sourced data notes, section 2); engineering estimate',
    );
    expect(citationWords('see reference/DATA.md and MODEL.md §3.1a')).toBe('see the project’s sourced data notes and the model description, section 3.1a');
    expect(citationWords(undefined)).toBe('');
  });
});
