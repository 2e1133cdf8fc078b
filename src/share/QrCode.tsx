// A QR code drawn as crisp SVG (black on a white quiet zone, whatever the theme), or a
// one-line message when the text is too long for any QR code.
import { useMemo } from 'react';
import { shareStrings } from '../i18n/classroom-strings';
import { QUIET_ZONE, qrMatrix, qrPath } from './qr-matrix';

export function QrCode({ text, testId }: { text: string; testId?: string }) {
  const matrix = useMemo(() => qrMatrix(text), [text]);
  if (!matrix) {
    return (
      <p className="qr-too-long" data-testid={testId && `${testId}-too-long`}>
        {shareStrings.qrTooLong}
      </p>
    );
  }
  const side = matrix.size + 2 * QUIET_ZONE;
  return (
    <svg
      className="qr-code"
      viewBox={`0 0 ${side} ${side}`}
      role="img"
      aria-label={shareStrings.qrLabel(text)}
      shapeRendering="crispEdges"
      data-testid={testId}
    >
      <rect width={side} height={side} fill="#fff" />
      <path d={qrPath(matrix)} fill="#000" />
    </svg>
  );
}
