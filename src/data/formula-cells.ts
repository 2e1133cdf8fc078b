// Cells that a spreadsheet would run as a formula (OWASP "CSV injection"): those starting with
// = + - @, a tab or a carriage return. The checker warns about them in the data, and every CSV
// the atlas writes neutralises them.
import { dataMessages } from '../i18n/data-messages';

export const FORMULA_START = /^[=+\-@\t\r]/;

/** A warning for a cell that starts like a formula, or null. */
export function formulaCellWarning(value: string): string | null {
  const first = value.charAt(0);
  if (!FORMULA_START.test(first)) return null;
  const shown =
    first === '\t'
      ? dataMessages.formulaTab
      : first === '\r'
        ? dataMessages.formulaLineBreak
        : `"${first}"`;
  return dataMessages.formulaCell(shown);
}
