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

describe('parseCsv tells a data editor where a file goes wrong', () => {
  it('points an unclosed quote to the line of the row that opens it', () => {
    const table = parseCsv('id,text\na,ok\nb,"never closed\nc,fine\n');
    expect(table.problems).toEqual([
      { line: 3, message: 'a quoted cell is never closed: check for a missing " in this row' },
    ]);
  });

  it('names a stray quote after a quoted cell, on its line, and keeps the rows before it', () => {
    const table = parseCsv('id,text\na,ok\nb,"12 km" south of the camp\n');
    expect(table.problems[0]).toEqual({
      line: 3,
      message: 'a cell has a stray " inside it: write "" for a quotation mark inside a quoted cell',
    });
    expect(table.rows[0]).toEqual({ line: 2, cells: { id: 'a', text: 'ok' }, width: 2 });
  });

  it('reports nothing for a well-formed file, with "" standing for a quotation mark', () => {
    const table = parseCsv('id,text\na,"he said ""leave"", twice"\n');
    expect(table.problems).toEqual([]);
    expect(table.rows[0]?.cells.text).toBe('he said "leave", twice');
  });

  it('says an empty file needs a header, on line 1, with no rows', () => {
    expect(parseCsv('\n\n')).toEqual({
      header: [],
      rows: [],
      problems: [{ line: 1, message: 'the file is empty: it needs a header row' }],
    });
  });
});

describe('parseCsv keeps every row and its line', () => {
  it('counts blank lines before the header and between rows', () => {
    const table = parseCsv('\n\nid,text\na,one\n\n\nb,two\n');
    expect(table.header).toEqual(['id', 'text']);
    expect(table.rows.map((row) => [row.cells.id, row.line])).toEqual([
      ['a', 4],
      ['b', 7],
    ]);
  });

  it('skips a line of spaces as blank, and still counts it', () => {
    const table = parseCsv('id,text\na,one\n   \nb,two\n');
    expect(table.rows.map((row) => [row.cells.id, row.line])).toEqual([
      ['a', 2],
      ['b', 4],
    ]);
  });

  it('keeps a row whose first cell is empty, so a missing id is reported, not lost', () => {
    const table = parseCsv('id,text\n,orphan\n');
    expect(table.rows).toEqual([{ line: 2, cells: { id: '', text: 'orphan' }, width: 2 }]);
  });

  it('keeps a one-column row whose only cell is filled', () => {
    const table = parseCsv('id\nalpha\n');
    expect(table.rows).toEqual([{ line: 2, cells: { id: 'alpha' }, width: 1 }]);
  });

  it('gives a short row empty cells and says how wide each row really was', () => {
    const table = parseCsv('id,text,note\na,one\nb,two,three,four\n');
    expect(table.rows).toEqual([
      { line: 2, cells: { id: 'a', text: 'one', note: '' }, width: 2 },
      { line: 3, cells: { id: 'b', text: 'two', note: 'three' }, width: 4 },
    ]);
  });

  it('trims spaces around header names, which spreadsheets leave in', () => {
    expect(parseCsv(' id , text \na,one\n').header).toEqual(['id', 'text']);
  });

  it('reads the old Mac line ending, a lone \\r', () => {
    const table = parseCsv('id,text\ra,one\rb,two\r');
    expect(table.rows.map((row) => [row.cells.id, row.cells.text, row.line])).toEqual([
      ['a', 'one', 2],
      ['b', 'two', 3],
    ]);
  });

  it('drops only a leading byte-order mark, not the same character inside a cell', () => {
    const table = parseCsv('id,text\na,x\uFEFFy\n');
    expect(table.rows[0]?.cells.text).toBe('x\uFEFFy');
  });

  it('splits on commas only, even when a cell holds semicolons and tabs', () => {
    const table = parseCsv('id,text\na,one; two; three\nb,four\tfive\tsix\n');
    expect(table.rows.map((row) => row.cells.text)).toEqual(['one; two; three', 'four\tfive\tsix']);
  });
});
