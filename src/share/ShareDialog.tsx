// "Share": the link to the view as it is now, a Copy link button and the link's QR code,
// large enough to scan from a seat when projected.
import { useRef, useState } from 'react';
import { ModalDialog } from '../evidence/ModalDialog';
import { shareStrings } from '../i18n/classroom-strings';
import { QrCode } from './QrCode';
import './share.css';

type CopyStatus = 'idle' | 'copied' | 'failed';

async function copyText(text: string, field: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard API (a page served without HTTPS, say): select the text for Ctrl+C.
    field?.focus();
    field?.select();
    return false;
  }
}

export function ShareDialog({ url, onClose }: { url: string; onClose: () => void }) {
  const fieldRef = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<CopyStatus>('idle');
  return (
    <ModalDialog labelledBy="share-title" onClose={onClose} testId="share-dialog">
      <div className="share-body">
        <div className="share-text">
          <h2 id="share-title">{shareStrings.shareTitle}</h2>
          <p>{shareStrings.shareIntro}</p>
          <div className="share-link">
            <label htmlFor="share-url">{shareStrings.linkLabel}</label>
            <input
              id="share-url"
              ref={fieldRef}
              readOnly
              value={url}
              data-testid="share-url"
              onFocus={(event) => event.currentTarget.select()}
            />
            <button
              type="button"
              data-testid="copy-link"
              onClick={async () =>
                setStatus((await copyText(url, fieldRef.current)) ? 'copied' : 'failed')
              }
            >
              {shareStrings.copyLink}
            </button>
          </div>
          <p className="share-status" role="status" data-testid="copy-status">
            {status === 'copied'
              ? shareStrings.copied
              : status === 'failed'
                ? shareStrings.copyFailed
                : ''}
          </p>
        </div>
        <QrCode text={url} testId="share-qr" />
      </div>
    </ModalDialog>
  );
}
