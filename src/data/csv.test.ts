import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';

describe('parseCsv', () => {
  it('numbers rows by the line they start on, across quoted line breaks and blank lines', () => {
    const table = parseCsv('id,text\na,"one\ntwo"\n\nb,three\n');
    expect(table.header).toEqual(['id', 'text']);
    expect(table.rows.map((row) => [row.cells.id, row.line])).toEqual([
      ['a', 2],
      ['b', 5],
    ]);
    expect(table.rows[0]?.cells.text).toBe('one\ntwo');
  });

  it('handles Windows line ends and a byte-order mark from a spreadsheet', () => {
    const table = parseCsv('\uFEFFid,text\r\na,"x, y"\r\nb,z\r\n');
    expect(table.header).toEqual(['id', 'text']);
    expect(table.rows.map((row) => row.line)).toEqual([2, 3]);
    expect(table.rows[0]?.cells.text).toBe('x, y');
  });

  it('reports an unclosed quote with its line instead of throwing', () => {
    const table = parseCsv('id,text\na,ok\nb,"never closed\nc,fine\n');
    expect(table.problems.length).toBeGreaterThan(0);
    expect(table.problems[0]?.message).toMatch(/never closed/);
    expect(table.rows[0]?.cells.id).toBe('a');
  });

  it('says an empty file needs a header', () => {
    expect(parseCsv('').problems[0]?.message).toMatch(/header/);
  });
});

describe('parseCsv with mixed line endings', () => {
  it('reads a file whose lines end partly in \\r\\n and partly in \\n', () => {
    const table = parseCsv('id,text\r\na,one\nb,two\r\nc,three\n');
    expect(table.rows.map((row) => [row.cells.id, row.line])).toEqual([
      ['a', 2],
      ['b', 3],
      ['c', 4],
    ]);
  });
});
