/**
 * The local site's people and their roles. Fixed, so user IDs are stable across restarts and
 * people-picker tests can rely on them.
 */

export type Role = 'Owner' | 'Member' | 'Visitor';

export interface LocalUser {
  id: number;
  /** Claims login, as SharePoint Online shows it. */
  login: string;
  name: string;
  email: string;
  role: Role;
  jobTitle: string;
}

function person(id: number, name: string, email: string, role: Role, jobTitle: string): LocalUser {
  return { id, login: claimsLogin(email), name, email, role, jobTitle };
}

/**
 * The local site's people by the part they play, the one home of their e-mails:
 * tests, end-to-end journeys, the benchmark and the demo seed sign in with these.
 */
export const EMAILS = {
  owner: 'olivia.owen@imaging.local',
  member: 'marcus.mensah@imaging.local',
  visitor: 'vera.vance@imaging.local',
  secondMember: 'priya.patel@imaging.local',
  assistantPractitioner: 'daniel.obrien@imaging.local',
  educator: 'aisha.bello@imaging.local',
  superintendent: 'tomasz.nowak@imaging.local'
} as const;

/**
 * The claims login SharePoint Online shows for an e-mail.
 *
 * @param email - A user's e-mail.
 * @returns "i:0#.f|membership|" followed by the e-mail.
 */
export function claimsLogin(email: string): string {
  return `i:0#.f|membership|${email}`;
}

/** Site users. IDs start at 6 because SharePoint's first IDs go to system principals. */
export const USERS: readonly LocalUser[] = [
  person(6, 'Olivia Owen', EMAILS.owner, 'Owner', 'Imaging Services Manager'),
  person(7, 'Marcus Mensah', EMAILS.member, 'Member', 'Radiography Team Lead'),
  person(8, 'Vera Vance', EMAILS.visitor, 'Visitor', 'Workforce Analyst'),
  person(9, 'Priya Patel', EMAILS.secondMember, 'Member', 'Advanced Practitioner'),
  person(10, "Daniel O'Brien", EMAILS.assistantPractitioner, 'Member', 'Assistant Practitioner'),
  person(11, 'Aisha Bello', EMAILS.educator, 'Member', 'Practice Educator'),
  person(12, 'Tomasz Nowak', EMAILS.superintendent, 'Member', 'Superintendent Radiographer')
];

export const DEFAULT_USER: LocalUser = USERS[0];

/** Finds a user by claims login, bare login or e-mail (case-insensitive), or by display name. */
export function findUser(key: string): LocalUser | undefined {
  const k = key.trim().toLowerCase();
  const bare = k.includes('|') ? k.slice(k.lastIndexOf('|') + 1) : k;
  return USERS.find((u) => u.login.toLowerCase() === k || u.email === bare || u.name.toLowerCase() === k);
}

export function userById(id: number): LocalUser | undefined {
  return USERS.find((u) => u.id === id);
}

/** SP.PermissionKind values this server checks. */
export const PermissionKind = {
  ViewListItems: 1,
  AddListItems: 2,
  EditListItems: 3,
  DeleteListItems: 4,
  DeleteVersions: 8,
  ManageLists: 12,
  ManagePermissions: 26,
  EnumeratePermissions: 63
} as const;

/** The local site's title; its default groups are named after it ("Imaging Owners"). */
export const SITE_TITLE = 'Imaging';
