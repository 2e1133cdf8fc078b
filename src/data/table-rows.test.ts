import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { keepUniqueIds, validateCsv } from './table-rows';

const FILE = 'data/things.csv';
const COLUMNS = ['id', 'count'] as const;
const schema = z.object({
  id: z.string().trim().min(1, 'id is empty'),
  count: z
    .string()
    .regex(/^\d+$/, 'count must be a whole number')
    .transform((value) => Number(value)),
});

const check = (text: string, options?: { warnings?: boolean }) =>
  validateCsv(FILE, text, COLUMNS, schema, options);

describe('validateCsv', () => {
  it('keeps each good row with its line and values', () => {
    expect(check('id,count\na,1\n\nb,22\n')).toEqual({
      rows: [
        { line: 2, value: { id: 'a', count: 1 } },
        { line: 4, value: { id: 'b', count: 22 } },
      ],
      issues: [],
      warnings: [],
      rejectedIds: new Set(),
    });
  });

  it('skips a row of the wrong width or with a bad cell, names it, and remembers its id', () => {
    const result = check('id,count\na,1\n b ,2,3\n c ,x\nd,4\n');
    expect(result.rows.map((row) => row.value.id)).toEqual(['a', 'd']);
    expect(result.issues).toEqual([
      {
        file: FILE,
        line: 3,
        message:
          'this row has 3 cells but the header has 2: check for a missing or extra comma, or a quote that is not closed',
      },
      { file: FILE, line: 4, column: 'count', message: 'count must be a whole number' },
    ]);
    expect([...result.rejectedIds]).toEqual(['b', 'c']);
  });

  it('passes on the file’s own problems, such as an unclosed quote, with their lines', () => {
    const result = check('id,count\na,1\nb,"2\n');
    expect(result.issues[0]).toEqual({
      file: FILE,
      line: 3,
      message: 'a quoted cell is never closed: check for a missing " in this row',
    });
  });

  it('warns about a cell a spreadsheet would run, with its column, unless asked not to', () => {
    const text = 'id,count\n=cmd,1\n';
    expect(check(text).warnings).toEqual([
      {
        file: FILE,
        line: 2,
        column: 'id',
        message:
          'the cell starts with "=", so a spreadsheet opening this file may run it as a formula; reword it to start with another character',
      },
    ]);
    expect(check(text, { warnings: false }).warnings).toEqual([]);
    expect(check(text, { warnings: true }).warnings).toHaveLength(1);
  });

  it('gives one whole-file message, and nothing else, for a file that cannot be read row by row', () => {
    const cases: [string, string][] = [
      ['\n', 'the file has no header row; it must be: id,count'],
      [
        'id\tcount\na\t1\n',
        'the cells are separated by tabs, not commas: save the file as CSV with a comma as the field delimiter',
      ],
      [
        'id;count\na;1\n',
        'the cells are separated by semicolons (;), not commas: save the file as CSV with a comma as the field delimiter',
      ],
      ['name\na\n', 'the header row lacks the columns id, count; it must be: id,count'],
      ['id,total\na,1\n', 'the header row lacks the column count; it must be: id,count'],
      // Commas do separate its cells: a semicolon in one name is a wrong name, not a separator.
      ['id;x,count\na,1\n', 'the header row lacks the column id; it must be: id,count'],
      ['count,id\n', 'the file has its header row but no data rows'],
    ];
    for (const [text, message] of cases) {
      expect(check(text), text).toEqual({
        rows: [],
        issues: [{ file: FILE, line: 1, message, wholeFile: true }],
        warnings: [],
        rejectedIds: new Set(),
      });
    }
  });

  it('reads the columns in any order and by name', () => {
    expect(check('count,id\n7,a\n').rows).toEqual([{ line: 2, value: { id: 'a', count: 7 } }]);
  });
});

describe('keepUniqueIds', () => {
  it('keeps the first row of an id and names the line of the first for each later one', () => {
    const issues: { file: string; line: number; column?: string; message: string }[] = [];
    const rows = [
      { line: 2, value: { id: 'a' } },
      { line: 3, value: { id: 'b' } },
      { line: 5, value: { id: 'a' } },
      { line: 9, value: { id: 'a' } },
    ];
    expect(keepUniqueIds(FILE, rows, issues).map((row) => row.line)).toEqual([2, 3]);
    expect(issues).toEqual([
      {
        file: FILE,
        line: 5,
        column: 'id',
        message: 'the id "a" is already used on line 2; every id must be unique',
      },
      {
        file: FILE,
        line: 9,
        column: 'id',
        message: 'the id "a" is already used on line 2; every id must be unique',
      },
    ]);
  });
});
