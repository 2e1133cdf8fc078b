// The package's exports map gives 'vis-timeline/standalone' the peer build's declarations,
// which lack the DataSet and moment the standalone bundle exports at run time; this adds them.
export {};

declare module 'vis-timeline/standalone' {
  export const DataSet: typeof import('vis-data').DataSet;
  export const moment: typeof import('moment');
}

declare module 'vis-timeline/standalone' {
  /** The bundle's components, among them the Group class (see batched-insert.ts). */
  export const timeline: {
    components: { Group: { prototype: import('./batched-insert').GroupPrototype } };
  };
}
