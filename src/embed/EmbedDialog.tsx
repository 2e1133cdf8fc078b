// "Embed": the embedder's choices, a live preview in a frame, and the code to copy.
import { useEffect, useId, useRef, useState } from 'react';
import { ModalDialog } from '../evidence/ModalDialog';
import { embedStrings } from '../i18n/embed-strings';
import { useAtlasState } from '../state/store-context';
import { serialiseUrlState } from '../state/url-state';
import {
  type EmbedChoices,
  embedCode,
  embedSource,
  FALLBACK_HEIGHT_PX,
  fixedHeight,
  MAX_FIXED_HEIGHT_PX,
  MIN_FIXED_HEIGHT_PX,
} from './embed-code';
import { EMBED_CONTROLS, type EmbedControl, type EmbedTheme } from './embed-params';

export function EmbedDialog({ onClose }: { onClose: () => void }) {
  const viewQuery = useAtlasState((state) => serialiseUrlState(state));
  const [startAtView, setStartAtView] = useState(true);
  const [automatic, setAutomatic] = useState(true);
  const [heightText, setHeightText] = useState(String(FALLBACK_HEIGHT_PX));
  const [shown, setShown] = useState<ReadonlySet<EmbedControl>>(new Set(EMBED_CONTROLS));
  const [theme, setTheme] = useState<EmbedTheme>('light');
  /** The outcome of the last copy, and of which code: a changed code clears it. */
  const [copied, setCopied] = useState<{ readonly code: string; readonly ok: boolean } | null>(
    null,
  );
  const codeRef = useRef<HTMLTextAreaElement>(null);
  const idPrefix = useId();

  const choices: EmbedChoices = {
    startAtView,
    height: automatic ? 'auto' : fixedHeight(heightText),
    shown,
    theme,
  };
  const atlasUrl = `${window.location.origin}${window.location.pathname}`;
  const source = embedSource(atlasUrl, viewQuery, choices);
  const code = embedCode(source, embedStrings.widgetTitle, choices);
  // The preview follows the choices, but reloads only when its address changes.
  const previewHeight = usePreviewHeight(source, automatic ? 'auto' : choices.height);

  const copyStatus =
    copied?.code !== code ? '' : copied.ok ? embedStrings.copied : embedStrings.copyFailed;

  const toggleShown = (control: EmbedControl) => {
    const next = new Set(shown);
    if (next.has(control)) next.delete(control);
    else next.add(control);
    setShown(next);
  };

  const copyCode = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied({ code, ok: true });
    } catch {
      codeRef.current?.select();
      setCopied({ code, ok: false });
    }
  };

  return (
    <ModalDialog
      labelledBy={`${idPrefix}-title`}
      onClose={onClose}
      testId="embed-dialog"
      className="embed-dialog"
    >
      <h2 id={`${idPrefix}-title`}>{embedStrings.dialogTitle}</h2>
      <p>{embedStrings.dialogIntro}</p>
      <div className="embed-dialog-grid">
        <div className="embed-dialog-options">
          <label className="check-row">
            <input
              type="checkbox"
              checked={startAtView}
              onChange={(event) => setStartAtView(event.target.checked)}
              data-testid="embed-start-at-view"
            />
            {embedStrings.startAtView}
          </label>
          <fieldset>
            <legend>{embedStrings.heightLegend}</legend>
            <label className="check-row">
              <input
                type="radio"
                name={`${idPrefix}-height`}
                checked={automatic}
                onChange={() => setAutomatic(true)}
                data-testid="embed-height-auto"
              />
              {embedStrings.heightAuto}
            </label>
            <label className="check-row">
              <input
                type="radio"
                name={`${idPrefix}-height`}
                checked={!automatic}
                onChange={() => setAutomatic(false)}
                data-testid="embed-height-fixed"
              />
              {embedStrings.heightFixed}
              <input
                type="number"
                className="embed-height-input"
                min={MIN_FIXED_HEIGHT_PX}
                max={MAX_FIXED_HEIGHT_PX}
                step={10}
                value={heightText}
                disabled={automatic}
                aria-label={embedStrings.heightFixed}
                onChange={(event) => setHeightText(event.target.value)}
                data-testid="embed-height-value"
              />
            </label>
          </fieldset>
          <fieldset>
            <legend>{embedStrings.shownLegend}</legend>
            {EMBED_CONTROLS.map((control) => (
              <label className="check-row" key={control}>
                <input
                  type="checkbox"
                  checked={shown.has(control)}
                  onChange={() => toggleShown(control)}
                  data-testid={`embed-show-${control}`}
                />
                {embedStrings.controlLabels[control]}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{embedStrings.themeLegend}</legend>
            {(['light', 'dark'] as const).map((value) => (
              <label className="check-row" key={value}>
                <input
                  type="radio"
                  name={`${idPrefix}-theme`}
                  checked={theme === value}
                  onChange={() => setTheme(value)}
                  data-testid={`embed-theme-${value}`}
                />
                {value === 'light' ? embedStrings.themeLight : embedStrings.themeDark}
              </label>
            ))}
          </fieldset>
          <label className="cite-field">
            <span>{embedStrings.codeLabel}</span>
            <textarea ref={codeRef} readOnly value={code} rows={6} data-testid="embed-code" />
          </label>
          <div className="embed-copy-row">
            <button type="button" onClick={copyCode} data-testid="embed-copy">
              {embedStrings.copy}
            </button>
            <p role="status" className="embed-copy-status" data-testid="embed-copy-status">
              {copyStatus}
            </p>
          </div>
          <p className="embed-dialog-note">{embedStrings.docsNote}</p>
        </div>
        <section className="embed-dialog-preview" aria-labelledby={`${idPrefix}-preview`}>
          <h3 id={`${idPrefix}-preview`}>{embedStrings.previewHeading}</h3>
          <iframe
            key={source}
            src={source}
            title={embedStrings.previewTitle}
            height={previewHeight}
            data-testid="embed-preview"
          />
        </section>
      </div>
    </ModalDialog>
  );
}

/**
 * The preview frame's height: the fixed height, or, for automatic, what the previewed widget
 * asks for (the dialog does what embed.js would do on the embedder's page).
 */
function usePreviewHeight(source: string, height: number | 'auto'): number {
  const [asked, setAsked] = useState(FALLBACK_HEIGHT_PX);
  useEffect(() => {
    if (height !== 'auto') return;
    const origin = new URL(source).origin;
    const onMessage = (event: MessageEvent) => {
      const frame = document.querySelector<HTMLIFrameElement>('[data-testid="embed-preview"]');
      const data = event.data as { v?: unknown; type?: unknown; height?: unknown } | null;
      if (event.origin !== origin || event.source !== frame?.contentWindow) return;
      if (data?.v === 1 && data.type === 'atlas:resize' && typeof data.height === 'number')
        setAsked(Math.min(MAX_FIXED_HEIGHT_PX, Math.max(MIN_FIXED_HEIGHT_PX, data.height)));
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [source, height]);
  return height === 'auto' ? asked : height;
}
