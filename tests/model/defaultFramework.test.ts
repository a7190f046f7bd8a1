import { DEFAULT_FRAMEWORK, MAX_DUTY_DEPTH, flattenDuties, parseFrameworkDefinition } from '../../src/model';
import type { Duty } from '../../src/model';

function texts(duties: Duty[] | undefined): string[] {
  return (duties ?? []).map((d) => d.text);
}

describe('DEFAULT_FRAMEWORK', () => {
  it('is version 1 of the SoR assistant practitioner framework', () => {
    expect(DEFAULT_FRAMEWORK.id).toBe('sor-ap-band4');
    expect(DEFAULT_FRAMEWORK.version).toBe(1);
    expect(DEFAULT_FRAMEWORK.areas.map((a) => a.id)).toEqual(['clean-safe', 'manage-data', 'communicate', 'perform-exams']);
  });

  it('passes the framework schema', () => {
    expect(parseFrameworkDefinition(DEFAULT_FRAMEWORK).ok).toBe(true);
  });

  it('gives every area and duty its own readable id', () => {
    const ids = [...DEFAULT_FRAMEWORK.areas.map((a) => a.id), ...flattenDuties(DEFAULT_FRAMEWORK).map((d) => d.duty.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const { duty, areaId } of flattenDuties(DEFAULT_FRAMEWORK)) {
      expect(duty.id.startsWith(`${areaId}-`)).toBe(true);
    }
  });

  it('nests the modality list and referral routes under their duties', () => {
    const perform = DEFAULT_FRAMEWORK.areas[3].duties;
    expect(texts(perform[3].children)).toEqual([
      'static and mobile fluoroscopic equipment',
      'x-ray equipment',
      'ultrasound machines',
      'MRI scanner',
      'CT scanner',
      'DEXA machine',
      'nuclear medicine equipment'
    ]);
    expect(perform[5].text).toBe('Referring patient to another registered practitioner for image interpretation:');
    expect(perform[5].children).toHaveLength(3);
  });

  it('reads the fluoroscopy examples as three siblings under "Supporting ...", itself under "Completing examination ..."', () => {
    const completing = DEFAULT_FRAMEWORK.areas[3].duties[6];
    expect(completing.text).toBe('Completing examination on radiology management systems and ensure images are available as expected on PACS');
    expect(texts(completing.children)).toEqual(['Supporting protocol-driven fluoroscopic examinations such as:']);
    expect(texts(completing.children?.[0].children)).toEqual([
      'image-guided routine pain clinics during normal working hours',
      'image-guided manipulation of extremities in theatre',
      'routine fluoroscopic lists when working with an advanced practice radiographer (or other trained equipment operator).'
    ]);
    expect(DEFAULT_FRAMEWORK.areas[3].duties[7].text).toBe('Leading training of other members of staff in areas of expertise.');
  });

  it('nests no deeper than the schema allows', () => {
    expect(Math.max(...flattenDuties(DEFAULT_FRAMEWORK).map((d) => d.depth))).toBe(MAX_DUTY_DEPTH);
  });

  it('cannot be changed in place by a caller', () => {
    expect(() => {
      DEFAULT_FRAMEWORK.areas[0].duties[0].text = 'Changed';
    }).toThrow(TypeError);
    expect(() => {
      DEFAULT_FRAMEWORK.areas.push(DEFAULT_FRAMEWORK.areas[0]);
    }).toThrow(TypeError);
  });
});
