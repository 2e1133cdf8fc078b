// The data requests leave first, before the libraries below are evaluated.
import './data/request-data-early';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AtlasApp } from './app/AtlasApp';
import './app/base.css';
import { isEmbedQuery } from './embed/embed-params';
import { startOffline } from './offline/start-offline';

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <AtlasApp />
    </StrictMode>,
  );
}
// A widget in someone else's page keeps nothing on the visitor's device (docs/EMBED.md).
if (!isEmbedQuery(window.location.search)) startOffline();
