import { DEFAULT_FRAMEWORK, flattenDuties } from '../../src/model';
import type { Framework } from '../../src/model';
import { normalise, readSeed, splitListItems } from './seedExtraction';
import type { Seed } from './seedExtraction';

interface CoverageReport {
  /** Seed items with no framework duty of the same wording in the same area. */
  missingFromFramework: string[];
  /** Framework duties whose wording is not an item of the seed's area. */
  notInSeed: string[];
}

/** Compares wording area by area, after whitespace normalisation. */
function compare(seed: Seed, framework: Framework): CoverageReport {
  const report: CoverageReport = { missingFromFramework: [], notInSeed: [] };
  seed.areas.forEach((seedArea, index) => {
    const area = framework.areas[index];
    const frameworkTexts = area ? flattenDuties(area).map((located) => normalise(located.duty.text)) : [];
    for (const duty of seedArea.duties) {
      if (!frameworkTexts.includes(duty)) {
        report.missingFromFramework.push(`${seedArea.title}: ${duty}`);
      }
    }
    for (const text of frameworkTexts) {
      if (!seedArea.duties.includes(text)) {
        report.notInSeed.push(`${seedArea.title}: ${text}`);
      }
    }
  });
  return report;
}

function copyOf(framework: Framework): Framework {
  return JSON.parse(JSON.stringify(framework)) as Framework;
}

describe('the default framework against the seed template', () => {
  const seed = readSeed();

  it('finds the four areas and their lists in the seed', () => {
    expect(seed.areas).toHaveLength(4);
    for (const area of seed.areas) {
      expect(area.duties.length).toBeGreaterThan(0);
    }
  });

  it('has every duty of the seed, word for word', () => {
    expect(compare(seed, DEFAULT_FRAMEWORK).missingFromFramework).toEqual([]);
  });

  it('has no duty that the seed does not have', () => {
    expect(compare(seed, DEFAULT_FRAMEWORK).notInSeed).toEqual([]);
  });

  it('keeps the seed reading order within each area', () => {
    seed.areas.forEach((seedArea, index) => {
      const texts = flattenDuties(DEFAULT_FRAMEWORK.areas[index]).map((located) => normalise(located.duty.text));
      expect(texts).toEqual(seedArea.duties);
    });
  });

  it('has the seed area titles in order', () => {
    expect(DEFAULT_FRAMEWORK.areas.map((area) => area.title)).toEqual(seed.areas.map((area) => area.title));
  });

  it('has the seed QSI standards, split into code and title, for each area', () => {
    expect(DEFAULT_FRAMEWORK.areas.map((area) => area.qsiStandards)).toEqual(seed.areas.map((area) => area.qsi));
    expect(DEFAULT_FRAMEWORK.areas[0].qsiStandards).toEqual([{ code: 'XR-204', title: 'Service Competencies & Training Plan' }]);
    expect(DEFAULT_FRAMEWORK.areas[2].qsiStandards).toEqual([{ code: 'XR-104', title: 'Respect' }]);
  });

  it('shows both provenance notes verbatim', () => {
    expect(seed.provenance).toHaveLength(2);
    expect(DEFAULT_FRAMEWORK.provenance.map((note) => `${note.date}: ${note.text}`)).toEqual(seed.provenance);
  });

  it('has the seed title, guidance title and introduction', () => {
    expect(DEFAULT_FRAMEWORK.title).toBe(seed.title);
    expect(DEFAULT_FRAMEWORK.guidance.title).toBe(seed.guidanceTitle);
    expect(DEFAULT_FRAMEWORK.introduction).toEqual(seed.introduction);
  });

  it('carries no extraction artefacts in any duty', () => {
    for (const { duty } of flattenDuties(DEFAULT_FRAMEWORK)) {
      expect(duty.text).not.toMatch(/<\/?ul|[•○]|^\s*–|^\s|\s$|\s{2}/);
    }
  });

  describe('the check itself', () => {
    it('notices a dropped duty', () => {
      const framework = copyOf(DEFAULT_FRAMEWORK);
      framework.areas[1].duties.splice(4, 1);
      expect(compare(seed, framework).missingFromFramework).toEqual([
        'Manage data relevant to the clinical imaging environment: Ensuring that the patient episode and correct data are on the modality list and that the correct examination is selected for image capture.'
      ]);
    });

    it('notices a dropped nested item', () => {
      const framework = copyOf(DEFAULT_FRAMEWORK);
      framework.areas[3].duties[3].children?.splice(5, 1);
      expect(compare(seed, framework).missingFromFramework).toEqual(['Perform specific examinations within diagnostic imaging: DEXA machine']);
    });

    it('notices a reworded duty in both directions', () => {
      const framework = copyOf(DEFAULT_FRAMEWORK);
      framework.areas[2].duties[2].text = 'Answering queries';
      const report = compare(seed, framework);
      expect(report.missingFromFramework).toEqual([
        'Communicate appropriately with patients, the multi-disciplinary team and wider networks: Answering or referring queries'
      ]);
      expect(report.notInSeed).toEqual([
        'Communicate appropriately with patients, the multi-disciplinary team and wider networks: Answering queries'
      ]);
    });

    it('splits glued, bulleted and dash-listed items as the template lays them out', () => {
      expect(
        splitListItems(
          '<ul style="list-style-type: none">Managing own safetyWorking to scope <ul> – where home – refer to them – the reviewer acts • Completing it. Making sure. (Note). Cleaning kit ○ item one ○ item two'
        )
      ).toEqual([
        'Managing own safety',
        'Working to scope',
        'where home – refer to them',
        'the reviewer acts',
        'Completing it. Making sure. (Note).',
        'Cleaning kit',
        'item one',
        'item two'
      ]);
    });
  });
});
