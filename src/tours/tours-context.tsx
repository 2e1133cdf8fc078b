// Gives components the guided tours, in file order, keyed by id.
import { createContext, type ReactNode, useContext } from 'react';
import type { Tour } from './tour-types';

const ToursContext = createContext<ReadonlyMap<string, Tour>>(new Map());

export function ToursProvider(props: { tours: ReadonlyMap<string, Tour>; children: ReactNode }) {
  return <ToursContext.Provider value={props.tours}>{props.children}</ToursContext.Provider>;
}

export function useTours(): ReadonlyMap<string, Tour> {
  return useContext(ToursContext);
}
