// A gate a test opens when it chooses: requests routed through it wait until then, as on a
// slow or filtered connection.

export interface Gate {
  /** Settles once the gate is opened. */
  readonly passed: Promise<void>;
  readonly open: () => void;
}

export function closedGate(): Gate {
  let open: () => void = () => {};
  const passed = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { passed, open };
}
