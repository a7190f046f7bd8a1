/**
 * @jest-environment jsdom
 *
 * Dates in Excel exports are the days people chose, whatever the exporter's
 * time zone and back to 1 January 1900 (Excel's serial 1, before its fictitious
 * 29 February 1900).
 */
import './jsdomGaps';
import { buildMappingXlsx } from '../../../src/documents/write/xlsx/buildMappingXlsx';
import { excelWallClock } from '../../../src/documents/write/xlsx/rowsToXlsx';
import { sampleInput } from './exportFixtures';
import { blobBytes, readExcel } from './officeReaders';

const DAY = 24 * 60 * 60 * 1000;
/** The serial write-excel-file stores for a Date: days since 30 December 1899 by its UTC time. */
const serialOf = (date: Date): number => (date.getTime() - Date.UTC(1899, 11, 30)) / DAY;

/** A Date as a browser on British Summer Time sees it: local getters an hour ahead of UTC. */
class SummerTimeDate extends Date {
  private local(): Date {
    return new Date(this.getTime() + 60 * 60 * 1000);
  }
  public getFullYear(): number {
    return this.local().getUTCFullYear();
  }
  public getMonth(): number {
    return this.local().getUTCMonth();
  }
  public getDate(): number {
    return this.local().getUTCDate();
  }
  public getHours(): number {
    return this.local().getUTCHours();
  }
  public getMinutes(): number {
    return this.local().getUTCMinutes();
  }
  public getSeconds(): number {
    return this.local().getUTCSeconds();
  }
}

describe('Excel serials for calendar days', () => {
  it.each([
    ['1900-01-01', 1],
    ['1900-02-28', 59],
    ['1900-03-01', 61],
    ['2026-06-01', 46174],
    ['9999-12-31', 2958465]
  ])('%s is serial %i, as Excel counts', (iso, serial) => {
    const [y, m, d] = iso.split('-').map(Number);
    expect(serialOf(excelWallClock(new Date(y, m - 1, d), false))).toBe(serial);
  });

  it('keeps the day and the local time of an exporter on British Summer Time (local midnight is 23:00 UTC the day before)', () => {
    expect(serialOf(excelWallClock(new SummerTimeDate('2026-05-31T23:00:00Z'), false))).toBe(46174);
    // 09:15 UTC is 10:15 in London in June.
    expect(serialOf(excelWallClock(new SummerTimeDate('2026-06-01T09:15:00Z'), true))).toBeCloseTo(46174 + (10 * 60 + 15) / (24 * 60), 9);
  });
});

describe('the mapping workbook', () => {
  it('writes a due date of 1 January 1900 as 1 January 1900', async () => {
    const input = sampleInput();
    const index = input.entries.findIndex((entry) => entry.action !== undefined);
    const entries = input.entries.map((entry, i) => (i === index && entry.action ? { ...entry, action: { ...entry.action, dueDate: '1900-01-01' } } : entry));
    const { sheets } = await readExcel(await blobBytes(await buildMappingXlsx({ ...input, entries })));
    expect(Number(sheets[0].rows[index + 1][9])).toBe(1);
  });
});
