// The cell schemas every data file shares: a required text, a kebab-case id, a date (EDTF),
// an optional date. One place, so each file's checker words the same problem the same way.
import { z } from 'zod';
import { dataMessages } from '../i18n/data-messages';
import { parseEdtfDate } from './edtf';

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const textCell = (what: string) => z.string().trim().min(1, dataMessages.empty(what));

export const idCell = (what: string) =>
  textCell(what).regex(ID_PATTERN, dataMessages.kebabCase(what));

export const edtfCell = (what: string) =>
  z.string().transform((value, context) => {
    const result = parseEdtfDate(value);
    if (result.ok) return result.value;
    context.addIssue({ code: 'custom', message: `${what}: ${result.error}` });
    return z.NEVER;
  });

export const optionalEdtfCell = (what: string) =>
  z.string().transform((value, context) => {
    if (value.trim() === '') return undefined;
    const result = parseEdtfDate(value);
    if (result.ok) return result.value;
    context.addIssue({ code: 'custom', message: `${what}: ${result.error}` });
    return z.NEVER;
  });
