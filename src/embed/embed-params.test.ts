import { describe, expect, it } from 'vitest';
import { isEmbedQuery, readEmbedParameters, readOrigin } from './embed-params';

describe('readEmbedParameters', () => {
  it('shows every part, in the light theme, talking to any page, by default', () => {
    const embed = readEmbedParameters('embed=1&event=2011-04-08-ashraf-raid');
    expect([...embed.controls].sort()).toEqual(['filters', 'list', 'map', 'timeline']);
    expect(embed.theme).toBe('light');
    expect(embed.parentOrigin).toBe('*');
    expect(embed.notes).toEqual([]);
  });

  it('hands the view parameters on without its own, so they raise no notice', () => {
    const embed = readEmbedParameters(
      'embed=1&controls=map&theme=dark&parentOrigin=https%3A%2F%2Fnews.example&event=x&from=2009',
    );
    expect(embed.viewQuery).toBe('event=x&from=2009');
    expect(embed.linkHasWindow).toBe(true);
  });

  it('shows only the parts listed in controls and explains an unknown one', () => {
    const embed = readEmbedParameters('embed=1&controls=timeline,%20list,header');
    expect([...embed.controls].sort()).toEqual(['list', 'timeline']);
    expect(embed.notes).toEqual([expect.stringContaining('"header" is not a part')]);
  });

  it('takes an empty controls as no optional part at all', () => {
    expect(readEmbedParameters('embed=1&controls=').controls.size).toBe(0);
  });

  it('keeps the light theme for an unknown theme, with a note', () => {
    const embed = readEmbedParameters('embed=1&theme=purple');
    expect(embed.theme).toBe('light');
    expect(embed.notes).toHaveLength(1);
  });

  it('closes the API rather than open it to every page when parentOrigin is unusable', () => {
    for (const bad of ['news.example', 'javascript:alert(1)', 'https://news.example/path', '*']) {
      const embed = readEmbedParameters(`embed=1&parentOrigin=${encodeURIComponent(bad)}`);
      expect(embed.parentOrigin, bad).toBeNull();
      expect(embed.notes, bad).toHaveLength(1);
    }
  });
});

describe('readOrigin', () => {
  it('accepts a scheme, host and port, with or without a final slash', () => {
    expect(readOrigin('https://news.example')).toBe('https://news.example');
    expect(readOrigin('http://127.0.0.1:8080/')).toBe('http://127.0.0.1:8080');
  });
});

describe('isEmbedQuery', () => {
  it('is true only for embed=1', () => {
    expect(isEmbedQuery('?embed=1&event=x')).toBe(true);
    expect(isEmbedQuery('embed=0')).toBe(false);
    expect(isEmbedQuery('event=x')).toBe(false);
  });
});
