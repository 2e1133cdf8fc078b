import fc from 'fast-check';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { type QrMatrix, QUIET_ZONE, qrMatrix, qrPath } from './qr-matrix';

const SCALE = 2;

/** Paints the matrix as a black-on-white RGBA image, the way a camera would see it. */
function paint(matrix: QrMatrix) {
  const side = (matrix.size + 2 * QUIET_ZONE) * SCALE;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let y = 0; y < side; y += 1) {
    for (let x = 0; x < side; x += 1) {
      const row = Math.floor(y / SCALE) - QUIET_ZONE;
      const column = Math.floor(x / SCALE) - QUIET_ZONE;
      const inside = row >= 0 && column >= 0 && row < matrix.size && column < matrix.size;
      if (inside && matrix.isDark(row, column)) {
        const index = (y * side + x) * 4;
        pixels.fill(0, index, index + 3);
      }
    }
  }
  return { pixels, side };
}

function decode(matrix: QrMatrix): string | undefined {
  const { pixels, side } = paint(matrix);
  return jsQR(pixels, side, side)?.data;
}

describe('qrMatrix', () => {
  it('encodes a link of the atlas so that a QR reader gives it back', () => {
    const url = 'http://127.0.0.1:4173/?event=2011-04-08-ashraf-raid&from=2009&to=2014&cat=attack';
    const matrix = qrMatrix(url);
    expect(matrix).not.toBeNull();
    expect(decode(matrix as QrMatrix)).toBe(url);
  });

  it('gives back any link a reader decodes', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true }), (url) => {
        const matrix = qrMatrix(url);
        expect(matrix && decode(matrix)).toBe(url);
      }),
      { numRuns: 12 },
    );
    // Encoding and decoding a dozen codes is slow on a loaded machine; the limit is generous.
  }, 60_000);

  it('returns null for a text no QR code can hold', () => {
    expect(qrMatrix(`https://example.org/?q=${'x'.repeat(5000)}`)).toBeNull();
  });
});

describe('qrPath', () => {
  it('draws one rectangle per run of dark modules, inside the quiet zone', () => {
    const matrix: QrMatrix = { size: 3, isDark: (row, column) => row === 1 && column > 0 };
    expect(qrPath(matrix)).toBe(`M${1 + QUIET_ZONE} ${1 + QUIET_ZONE}h2v1h-2z`);
  });
});
