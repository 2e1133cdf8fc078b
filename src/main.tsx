// The data requests leave first, before the libraries below are evaluated.
import './data/request-data-early';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AtlasApp } from './app/AtlasApp';
import { startLoad } from './app/load-state';
import './app/base.css';
import { isEmbedQuery } from './embed/embed-params';
import { startOffline } from './offline/start-offline';

/**
 * How long the first render waits for the data to be read before it shows "Loading": a
 * moment, too short to notice as an empty page, long enough for data already arrived.
 */
const FIRST_RENDER_WAITS_FOR_DATA_MS = 100;

const container = document.getElementById('root');
if (container) {
  void startLoad(FIRST_RENDER_WAITS_FOR_DATA_MS).then((started) => {
    createRoot(container).render(
      <StrictMode>
        <AtlasApp started={started} />
      </StrictMode>,
    );
  });
}
// A widget in someone else's page keeps nothing on the visitor's device (docs/EMBED.md).
if (!isEmbedQuery(window.location.search)) startOffline();
