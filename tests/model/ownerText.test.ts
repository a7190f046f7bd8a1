import { ownerText } from '../../src/model';

const PRIYA = { login: 'i:0#.f|membership|priya.patel@nhs.example', displayName: 'Priya Patel', email: 'priya.patel@nhs.example' };

describe('an action owner as people read it', () => {
  it('is the person, the text, or both, never losing either', () => {
    expect(ownerText({ owner: 'Team lead' })).toBe('Team lead');
    expect(ownerText({ owner: '', ownerPerson: PRIYA })).toBe('Priya Patel');
    expect(ownerText({ owner: ' priya  PATEL ', ownerPerson: PRIYA })).toBe('Priya Patel');
    expect(ownerText({ owner: 'CT lead', ownerPerson: PRIYA })).toBe('Priya Patel (CT lead)');
    expect(ownerText({ owner: '' })).toBe('');
  });
});
