import { describe, expect, it } from 'vitest';
import { readableText } from './file-content';

const ascii = (text: string) => [...text].map((character) => character.charCodeAt(0));

/** A file of lines, each given as bytes; lines are joined by \n. */
function file(...lines: number[][]): Uint8Array {
  return Uint8Array.from(lines.flatMap((line, index) => (index === 0 ? line : [10, ...line])));
}

/** The line the checker names as holding the first unreadable character, or the text. */
function verdict(bytes: Uint8Array): number | string {
  const result = readableText(bytes);
  if (result.ok) return result.text;
  const line = /the first unreadable character is on line (\d+)/.exec(result.problem);
  return line ? Number(line[1]) : result.problem;
}

// Byte sequences from the UTF-8 decoder of the WHATWG Encoding Standard (and RFC 3629):
// the edges of each lead byte's range, and of the second byte's range after E0, ED, F0, F4.
const VALID_EDGES: [string, number[]][] = [
  ['U+0080, the first two-byte character (lead C2)', [0xc2, 0x80]],
  ['U+07FF, the last two-byte character (lead DF)', [0xdf, 0xbf]],
  ['U+0800, the first three-byte character (E0 A0)', [0xe0, 0xa0, 0x80]],
  ['U+0FFF (E0 BF)', [0xe0, 0xbf, 0xbf]],
  ['U+D000 (ED 80)', [0xed, 0x80, 0x80]],
  ['U+D7FF, the last before the surrogates (ED 9F)', [0xed, 0x9f, 0xbf]],
  ['U+E000, the first after the surrogates (EE)', [0xee, 0x80, 0x80]],
  ['U+FFFD (EF BF BD), the last three-byte lead', [0xef, 0xbf, 0xbd]],
  ['U+10000, the first four-byte character (F0 90)', [0xf0, 0x90, 0x80, 0x80]],
  ['U+3FFFF (F0 BF)', [0xf0, 0xbf, 0xbf, 0xbf]],
  ['U+100000 (F4 80)', [0xf4, 0x80, 0x80, 0x80]],
  ['U+10FFFF, the last character there is (F4 8F)', [0xf4, 0x8f, 0xbf, 0xbf]],
];

const INVALID: [string, number[]][] = [
  ['a continuation byte with no lead', [0x80]],
  ['an overlong two-byte lead (C1)', [0xc1, 0xbf]],
  ['an overlong three-byte sequence (E0 9F)', [0xe0, 0x9f, 0xbf]],
  ['a surrogate (ED A0)', [0xed, 0xa0, 0x80]],
  ['an overlong four-byte sequence (F0 8F)', [0xf0, 0x8f, 0xbf, 0xbf]],
  ['a character above U+10FFFF (F4 90)', [0xf4, 0x90, 0x80, 0x80]],
  ['a lead byte that never starts a character (F5)', [0xf5, 0x80, 0x80, 0x80]],
  ['a second byte that is not a continuation', [0xc3, 0x41]],
  ['a third byte above the continuation range', [0xe2, 0x82, 0xc0]],
  ['a fourth byte below the continuation range', [0xf0, 0x90, 0x80, 0x7f]],
  ['a two-byte lead at the very end of the file', [0xc3]],
  // Invalid leads followed by bytes that would complete a sequence if the lead were read
  // as a longer one: the scanner must not swallow them as a character.
  ['an overlong lead (C0) before two continuation bytes', [0xc0, 0x80, 0x80]],
  ['an overlong lead (C1) before three continuation bytes', [0xc1, 0xbf, 0xbf, 0xbf]],
];

describe('readableText names the line of the first character that is not UTF-8', () => {
  it.each(VALID_EDGES)('reads %s and goes on to the bad byte', (_name, bytes) => {
    // The valid character sits on line 2; a Windows-1252 "é" (E9) spoils line 4.
    expect(verdict(file(ascii('id,text'), [...ascii('a,'), ...bytes], ascii('b,ok'), [0xe9]))).toBe(
      4,
    );
  });

  it.each(VALID_EDGES)('accepts a file whose only special character is %s', (_name, bytes) => {
    expect(readableText(file(ascii('id,text'), [...ascii('a,'), ...bytes])).ok).toBe(true);
  });

  it.each(INVALID)('stops at %s', (_name, bytes) => {
    expect(verdict(file(ascii('id,text'), ascii('a,ok'), [...ascii('b,'), ...bytes]))).toBe(3);
  });

  it('names the line even when the file ends inside a character', () => {
    expect(verdict(file(ascii('id,text'), [...ascii('a,'), 0xe2, 0x82]))).toBe(2);
  });

  it('names the line of a character cut short by a line break', () => {
    expect(verdict(file(ascii('id,text'), [...ascii('a,'), 0xc3], ascii('b,ok')))).toBe(2);
  });

  it('guesses UTF-16 from its byte-order mark, either way round, and Windows-1252 otherwise', () => {
    const problem = (bytes: number[]) => {
      const result = readableText(Uint8Array.from(bytes));
      return result.ok ? '' : result.problem;
    };
    expect(problem([0xff, 0xfe, 0x69, 0x00, 0xd8])).toMatch(/it looks like UTF-16/);
    expect(problem([0xfe, 0xff, 0x00, 0x69, 0xd8])).toMatch(/it looks like UTF-16/);
    expect(problem([0x69, 0x64, 0xe9])).toMatch(/it looks like Windows-1252/);
    // Both bytes of the mark, in one of its two orders: one of them alone is a letter (ÿ, þ).
    for (const start of [
      [0xff, 0x69],
      [0x69, 0xfe],
      [0xfe, 0x69],
      [0x69, 0xff],
      [0xfe, 0xfe],
    ]) {
      expect(problem([...start, 0xe9]), String(start)).toMatch(/it looks like Windows-1252/);
    }
  });
});

describe('readableText on text and on what could not be read', () => {
  it('names the line of a replacement character left by a lenient decoder', () => {
    const result = readableText('id,text\na,ok\nb,caf\uFFFD\n');
    expect(result).toEqual({
      ok: false,
      problem: expect.stringMatching(/^the file contains the replacement character � on line 3,/),
    });
  });

  it('names line 1 when the replacement character is the very first one', () => {
    expect(readableText('\uFFFDid,text\na,ok\n')).toMatchObject({
      problem: expect.stringMatching(/replacement character � on line 1,/),
    });
  });

  it('drops a byte-order mark and keeps the rest of the text as it is', () => {
    expect(readableText('\uFEFFid,text\na, b \n')).toEqual({ ok: true, text: 'id,text\na, b \n' });
    expect(readableText('id,text\na,x\uFEFFy\n')).toEqual({
      ok: true,
      text: 'id,text\na,x\uFEFFy\n',
    });
  });

  it('calls a file of spaces and line breaks empty', () => {
    expect(readableText(' \n\t\n')).toEqual({ ok: false, problem: 'the file is empty' });
    expect(readableText('\uFEFF')).toEqual({ ok: false, problem: 'the file is empty' });
  });

  it('recognises each way a web page can begin, and not a cell that mentions html', () => {
    for (const page of [
      '<!DOCTYPE html>',
      '  <html>',
      '<html lang="en">',
      '<head>',
      '<head\n',
      '<body\n',
    ]) {
      const result = readableText(`${page}\n<p>Not found</p>`);
      expect(result.ok, page).toBe(false);
      expect(result.ok ? '' : result.problem, page).toMatch(/^the file is a web page \(HTML\)/);
    }
    for (const data of ['id,text\na,<html>', '<htmlish,text\n', '<header,text\n', 'id\n<body>']) {
      expect(readableText(data).ok, data).toBe(true);
    }
  });

  it('says a file was not read, or why the request failed', () => {
    expect(readableText(null)).toEqual({
      ok: false,
      problem: 'the file could not be read, so nothing from it is shown',
    });
    expect(readableText({ failure: 'the server has no such file (HTTP 404)' })).toEqual({
      ok: false,
      problem: 'the file could not be read: the server has no such file (HTTP 404)',
    });
  });
});
