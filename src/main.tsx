// The data requests leave first, before the libraries below are evaluated.
import './data/request-data-early';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AtlasApp } from './app/AtlasApp';
import { startLoad } from './app/load-state';
import './app/base.css';
import { isEmbedQuery } from './embed/embed-params';
import { startOffline } from './offline/start-offline';

const container = document.getElementById('root');
if (container) {
  // The first render is the atlas itself when its data is already in (load-state.ts).
  void startLoad().then((started) => {
    createRoot(container).render(
      <StrictMode>
        <AtlasApp started={started} />
      </StrictMode>,
    );
  });
}
// A widget in someone else's page keeps nothing on the visitor's device (docs/EMBED.md).
if (!isEmbedQuery(window.location.search)) startOffline();
