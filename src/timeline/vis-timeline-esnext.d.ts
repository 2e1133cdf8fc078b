// The package's declarations cover the public API only; the ES module build also exports
// its components, among them the Group and ItemSet classes the adapter patches (see
// batched-insert.ts).
export {};

declare module 'vis-timeline/esnext' {
  export const timeline: {
    components: {
      Group: { prototype: import('./batched-insert').GroupPrototype };
      ItemSet: { prototype: import('./batched-insert').ItemSetPrototype };
    };
  };
}
