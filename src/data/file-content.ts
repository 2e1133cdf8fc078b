// Turns what was read for one data file into its text, or into the one reason the whole
// file cannot be used: not read at all, not UTF-8, empty, or a web page instead of data.
// A file that fails here is reported once; nothing inside it is parsed.
import { dataMessages } from '../i18n/data-messages';

/** What was read for one data file: its bytes or text, null if unread, or why it failed. */
export type DataFileContent = string | Uint8Array | null | { readonly failure: string };

type ReadableText = { ok: true; text: string } | { ok: false; problem: string };

const NOT_READ = dataMessages.notRead;

const SAVE_AS_UTF8 = dataMessages.saveAsUtf8;

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset; index += 1) if (bytes[index] === 10) line += 1;
  return line;
}

/** Offset of the first byte that breaks UTF-8, or -1; only used to name the line. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    if (lead < 0x80) {
      index += 1;
      continue;
    }
    // Length of the sequence and the allowed range of its second byte (no overlongs, no
    // surrogates, nothing above U+10FFFF), as the WHATWG decoder checks them.
    let length = 0;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return index;
    for (let next = 1; next < length; next += 1) {
      const byte = bytes[index + next];
      if (byte === undefined) return index;
      const [min, max] = next === 1 ? [low, high] : [0x80, 0xbf];
      if (byte < min || byte > max) return index;
    }
    index += length;
  }
  return -1;
}

/** The sentence for a file in the wrong character set, with a guess at which one. */
function encodingProblem(bytes: Uint8Array, offset: number): string {
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const guess = utf16 ? dataMessages.looksUtf16 : dataMessages.looksWindows1252;
  return dataMessages.notUtf8(guess, lineAt(bytes, offset), SAVE_AS_UTF8);
}

/** True when the text is a web page: a server's start page sent in place of a missing file. */
function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text);
}

export function readableText(content: DataFileContent): ReadableText {
  if (content === null) return { ok: false, problem: NOT_READ };
  if (typeof content === 'object' && 'failure' in content)
    return { ok: false, problem: dataMessages.couldNotRead(content.failure) };
  let text: string;
  if (typeof content === 'string') {
    // Text decoded elsewhere: U+FFFD is what a lenient decoder leaves for bytes it could not read.
    const replaced = content.indexOf('\uFFFD');
    if (replaced >= 0) {
      const line = content.slice(0, replaced).split('\n').length;
      return {
        ok: false,
        problem: dataMessages.replacementCharacter(line, SAVE_AS_UTF8),
      };
    }
    text = content;
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(content);
    } catch {
      return {
        ok: false,
        problem: encodingProblem(content, Math.max(0, firstInvalidUtf8(content))),
      };
    }
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.trim() === '') return { ok: false, problem: dataMessages.fileEmpty };
  if (looksLikeHtml(text))
    return {
      ok: false,
      problem: dataMessages.fileIsWebPage,
    };
  return { ok: true, text };
}
