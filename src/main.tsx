import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AtlasApp } from './app/AtlasApp';
import './app/base.css';
import { registerOffline } from './offline/register-offline';

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <AtlasApp />
    </StrictMode>,
  );
}
registerOffline();
