// Turns a text into the dark modules of a QR code (through the `qrcode` library, all in
// the browser) and those modules into one SVG path, so the code scales without blur.
import { create } from 'qrcode';

export interface QrMatrix {
  /** Modules per side, without the quiet zone. */
  readonly size: number;
  readonly isDark: (row: number, column: number) => boolean;
}

/** Light modules every scanner wants around the code (the standard asks for four). */
export const QUIET_ZONE = 4;

/**
 * The QR code of `text`, or null when the text is too long for any QR code. Medium error
 * correction survives a glare spot on a projector screen; long links fall back to low.
 */
export function qrMatrix(text: string): QrMatrix | null {
  for (const errorCorrectionLevel of ['M', 'L'] as const) {
    try {
      const { modules } = create(text, { errorCorrectionLevel });
      return { size: modules.size, isDark: (row, column) => Boolean(modules.get(row, column)) };
    } catch {
      // Too long at this level: try the next, smaller one.
    }
  }
  return null;
}

/** One SVG path: each run of dark modules in a row is one rectangle, offset by the quiet zone. */
export function qrPath(matrix: QrMatrix): string {
  const parts: string[] = [];
  for (let row = 0; row < matrix.size; row += 1) {
    let column = 0;
    while (column < matrix.size) {
      if (!matrix.isDark(row, column)) {
        column += 1;
        continue;
      }
      const start = column;
      while (column < matrix.size && matrix.isDark(row, column)) column += 1;
      const run = column - start;
      parts.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${run}v1h-${run}z`);
    }
  }
  return parts.join('');
}
