// Writes the page's Content-Security-Policy: only the site itself, plus the one basemap
// host when an online map style is configured at build time (ATLAS_MAP_STYLE_URL).
import type { Plugin } from 'vite';

export function contentSecurityPolicy(onlineStyleUrl: string | undefined): string {
  const basemapOrigin = onlineStyleUrl ? ` ${new URL(onlineStyleUrl).origin}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    // MapLibre starts its worker from a blob: URL.
    "worker-src 'self' blob:",
    "child-src 'self' blob:",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${basemapOrigin}`,
    `font-src 'self'${basemapOrigin}`,
    `connect-src 'self'${basemapOrigin}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

export function contentSecurityPolicyMeta(onlineStyleUrl: string | undefined): Plugin {
  return {
    name: 'atlas-content-security-policy',
    transformIndexHtml(html) {
      return html.replace(
        /<meta\s+http-equiv="Content-Security-Policy"[^>]*>/,
        `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(onlineStyleUrl)}" />`,
      );
    },
  };
}
