import { formatDate, formatNumber, formatPercent, formatText, formatTime, parseDate, toIsoDate, truncate } from '../../src/wording/format';

describe('formatting in the host\'s locale, British English by default', () => {
  it('follows the host\'s locale through Intl', () => {
    expect(formatDate('2025-03-31', 'en-US')).toBe('03/31/2025');
    expect(formatDate('2025-03-31', 'de-DE')).toBe('31.03.2025');
    expect(formatNumber(63999, 'de-DE')).toBe('63.999');
    expect(formatNumber(63999)).toBe('63,999');
    expect(formatPercent(0.426, 'fr-FR')).toMatch(/^43\s?%$/);
  });
});

describe('British formatting', () => {
  it('formats dates as dd/mm/yyyy and times as 24-hour hh:mm', () => {
    expect(formatDate('2025-03-31')).toBe('31/03/2025');
    expect(formatDate(new Date(2024, 0, 5))).toBe('05/01/2024');
    expect(formatDate(undefined)).toBe('');
    expect(formatTime(new Date(2025, 2, 31, 14, 5))).toBe('14:05');
    expect(formatTime(new Date(2025, 2, 31, 9, 7))).toBe('09:07');
  });

  it('reads typed dates day first, rejecting impossible ones', () => {
    expect(toIsoDate(parseDate('31/3/2025') as Date)).toBe('2025-03-31');
    expect(toIsoDate(parseDate('01-04-25') as Date)).toBe('2025-04-01');
    expect(toIsoDate(parseDate('2025-03-31') as Date)).toBe('2025-03-31');
    expect(parseDate('31/02/2025')).toBeNull();
    expect(parseDate('03/31/2025')).toBeNull();
    expect(parseDate('soon')).toBeNull();
  });

  it('fills loc templates and rounds percentages', () => {
    expect(formatText('Showing {0} of {1} duties', 3, 24)).toBe('Showing 3 of 24 duties');
    expect(formatPercent(0.426)).toBe('43%');
  });

  it('shortens long texts for accessible names at a word break', () => {
    expect(truncate('Answering or referring queries')).toBe('Answering or referring queries');
    const long = 'word '.repeat(40).trim();
    const short = truncate(long);
    expect(short.endsWith('word…')).toBe(true);
    expect(short.length).toBeLessThanOrEqual(121);
  });
});
