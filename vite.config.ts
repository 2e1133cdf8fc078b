/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { atlasData } from './vite-plugins/atlas-data';

// A relative base lets the static build be served from any folder (see README, "Deploy").
export default defineConfig({
  base: process.env.ATLAS_BASE ?? './',
  plugins: [react(), atlasData()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
