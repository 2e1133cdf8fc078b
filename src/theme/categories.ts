// How each category looks: a colour from the Okabe–Ito colour-blind safe palette and a
// shape, so colour is never the only cue. Shapes are SVG paths in a 16×16 box.
import type { Category } from '../data/types';

interface CategoryStyle {
  readonly colour: string;
  /** An SVG path in a 0..16 box. */
  readonly shapePath: string;
  readonly shapeName: string;
}

export const CATEGORY_STYLES: Record<Category, CategoryStyle> = {
  settlement: { colour: '#0072B2', shapeName: 'square', shapePath: 'M3 3h10v10H3z' },
  'armed-conflict': {
    colour: '#4D4D4D',
    shapeName: 'cross',
    shapePath: 'M3 5l2-2 3 3 3-3 2 2-3 3 3 3-2 2-3-3-3 3-2-2 3-3z',
  },
  attack: { colour: '#D55E00', shapeName: 'triangle', shapePath: 'M8 2l6.5 12h-13z' },
  legal: { colour: '#CC79A7', shapeName: 'diamond', shapePath: 'M8 1.5l6.5 6.5-6.5 6.5-6.5-6.5z' },
  diplomacy: { colour: '#56B4E9', shapeName: 'circle', shapePath: 'M8 2a6 6 0 1 0 0.01 0z' },
  humanitarian: {
    colour: '#009E73',
    shapeName: 'plus',
    shapePath: 'M6 2h4v4h4v4h-4v4H6v-4H2V6h4z',
  },
  relocation: { colour: '#E69F00', shapeName: 'arrow', shapePath: 'M2 6h7V2.5L15 8l-6 5.5V10H2z' },
  advocacy: {
    colour: '#F0E442',
    shapeName: 'star',
    shapePath: 'M8 1.5l2 4.3 4.6.5-3.4 3.1 1 4.6L8 11.6 3.8 14l1-4.6L1.4 6.3 6 5.8z',
  },
};
