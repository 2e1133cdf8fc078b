import { describe, expect, it } from 'vitest';
import { type EmbedChoices, embedCode, embedSource, fixedHeight } from './embed-code';
import { EMBED_CONTROLS } from './embed-params';

const ALL = new Set(EMBED_CONTROLS);
const choices = (changes: Partial<EmbedChoices> = {}): EmbedChoices => ({
  startAtView: true,
  height: 'auto',
  shown: ALL,
  theme: 'light',
  ...changes,
});
const ATLAS = 'https://atlas.example/history/';

describe('embedSource', () => {
  it('starts at the current view, without the full atlas’s dialogs', () => {
    expect(
      embedSource(
        ATLAS,
        'event=2011-04-08-ashraf-raid&from=2009&to=2014&source=doc&quote=x',
        choices(),
      ),
    ).toBe('https://atlas.example/history/?embed=1&event=2011-04-08-ashraf-raid&from=2009&to=2014');
  });

  it('starts at the opening view when asked', () => {
    expect(embedSource(ATLAS, 'event=x', choices({ startAtView: false }))).toBe(
      'https://atlas.example/history/?embed=1',
    );
  });

  it('lists the parts shown only when some are hidden, and the dark theme', () => {
    expect(
      embedSource(ATLAS, '', choices({ shown: new Set(['timeline', 'list']), theme: 'dark' })),
    ).toBe('https://atlas.example/history/?embed=1&controls=timeline,list&theme=dark');
  });
});

describe('embedCode', () => {
  it('writes a titled, lazy, full-width frame and, for auto-height, the sizing script', () => {
    const code = embedCode(`${ATLAS}?embed=1&event=x`, 'The "atlas"', choices());
    expect(code).toBe(
      '<iframe src="https://atlas.example/history/?embed=1&amp;event=x" title="The &quot;atlas&quot;" width="100%" height="500" loading="lazy" allow="fullscreen" style="border: 0; max-inline-size: 100%;"></iframe>\n<script src="https://atlas.example/history/embed.js" async></script>',
    );
  });

  it('writes only the frame for a fixed height', () => {
    const code = embedCode(`${ATLAS}?embed=1`, 'Atlas', choices({ height: 420 }));
    expect(code).toContain('height="420"');
    expect(code).not.toContain('<script');
  });
});

describe('fixedHeight', () => {
  it('keeps a typed height within what the widget can fill', () => {
    expect(fixedHeight('420')).toBe(420);
    expect(fixedHeight('12')).toBe(240);
    expect(fixedHeight('99999')).toBe(2000);
    expect(fixedHeight('tall')).toBe(500);
    expect(fixedHeight('')).toBe(500);
  });
});
