import { describe, expect, it } from 'vitest';
import { isCodeNotLoaded } from './PartBoundary';

describe('isCodeNotLoaded', () => {
  it("recognises each browser's words for a module that could not be fetched", () => {
    // Chromium, Firefox and Safari.
    expect(
      isCodeNotLoaded(new TypeError('Failed to fetch dynamically imported module: /a.js')),
    ).toBe(true);
    expect(isCodeNotLoaded(new TypeError('error loading dynamically imported module: /a.js'))).toBe(
      true,
    );
    expect(isCodeNotLoaded(new TypeError('Importing a module script failed.'))).toBe(true);
  });

  it('takes a fault of the atlas for what it is, which a retry may get past', () => {
    expect(isCodeNotLoaded(new TypeError("Cannot read properties of null (reading 'x')"))).toBe(
      false,
    );
    expect(isCodeNotLoaded('thrown text')).toBe(false);
  });
});
