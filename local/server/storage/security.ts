/**
 * Site groups, their members, role assignments and unique permission scopes.
 *
 * A scope is `web` or `list:<id>`. A list without a row in `unique_scopes` inherits the web's
 * assignments, as in SharePoint; `breakRoleInheritance` adds the row (copying the web's assignments
 * when asked) and `resetRoleInheritance` removes it with its assignments.
 */
import { LocalUser, Role, USERS, userById } from '../users';
import { Db, stmt } from './db';

export const SECURITY_SCHEMA = `
CREATE TABLE IF NOT EXISTS site_groups (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL UNIQUE COLLATE NOCASE,
  description TEXT NOT NULL DEFAULT '',
  owner_id INTEGER NOT NULL,
  allow_members_edit INTEGER NOT NULL DEFAULT 0,
  only_members_view INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE IF NOT EXISTS group_members (
  group_id INTEGER NOT NULL REFERENCES site_groups(id) ON DELETE CASCADE,
  user_id INTEGER NOT NULL,
  PRIMARY KEY (group_id, user_id)
);
CREATE TABLE IF NOT EXISTS unique_scopes (
  scope TEXT PRIMARY KEY
);
CREATE TABLE IF NOT EXISTS role_assignments (
  scope TEXT NOT NULL,
  principal_id INTEGER NOT NULL,
  role_def_id INTEGER NOT NULL,
  PRIMARY KEY (scope, principal_id, role_def_id)
);
CREATE TABLE IF NOT EXISTS custom_role_definitions (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  description TEXT NOT NULL DEFAULT '',
  high INTEGER NOT NULL,
  low INTEGER NOT NULL,
  sort_order INTEGER NOT NULL DEFAULT 0
);
`;

export interface RoleDefinition {
  id: number;
  name: string;
  /** SP.RoleType. */
  kind: number;
  high: number;
  low: number;
  order: number;
  description: string;
}

/**
 * SharePoint Online's built-in permission levels (ids, RoleTypeKind and masks as SPO reports them:
 * pnp/pnpcore recorded reply RoleDefinitionTests/GetWebRoleDefinitions; see
 * docs/sharepoint-rest-governance.md §3). Limited Access is left out: it is hidden and never
 * assigned by this app. Permission levels made by `POST web/roledefinitions` are stored beside them
 * (custom_role_definitions) and answer with RoleTypeKind 0, as SharePoint Online does.
 */
export const ROLE_DEFINITIONS: readonly RoleDefinition[] = [
  { id: 1073741829, name: 'Full Control', kind: 5, high: 2147483647, low: 4294967295, order: 1, description: 'Has full control.' },
  { id: 1073741828, name: 'Design', kind: 4, high: 432, low: 1012866047, order: 32, description: 'Can view, add, update, delete, approve, and customize.' },
  { id: 1073741830, name: 'Edit', kind: 6, high: 432, low: 1011030767, order: 48, description: 'Can add, edit and delete lists; can view, add, update and delete list items and documents.' },
  { id: 1073741827, name: 'Contribute', kind: 3, high: 432, low: 1011028719, order: 64, description: 'Can view, add, update, and delete list items and documents.' },
  { id: 1073741826, name: 'Read', kind: 2, high: 176, low: 138612833, order: 128, description: 'Can view pages and list items and download documents.' }
];

export const FULL_CONTROL = 1073741829;
export const EDIT = 1073741830;
export const CONTRIBUTE = 1073741827;
export const READ = 1073741826;

/**
 * The first id SharePoint Online gave a permission level made by REST on a fresh test site was
 * 1073741974 (pnp/pnpcore recorded reply RoleDefinitionTests/CreateUpdateDeleteWebRoleDefinition-0-00003);
 * how SharePoint numbers them is not documented, so this server counts up from there.
 */
const FIRST_CUSTOM_ROLE_ID = 1073741974;

interface CustomRoleRow {
  id: number;
  name: string;
  description: string;
  high: number;
  low: number;
  sort_order: number;
}

/** The three groups of a group-connected site, with SharePoint's usual ids. */
export const OWNERS_GROUP = 3;
export const VISITORS_GROUP = 4;
export const MEMBERS_GROUP = 5;

export interface GroupRecord {
  id: number;
  title: string;
  description: string;
  ownerId: number;
  allowMembersEdit: boolean;
  onlyMembersView: boolean;
}

interface GroupRow {
  id: number;
  title: string;
  description: string;
  owner_id: number;
  allow_members_edit: number;
  only_members_view: number;
}

function toGroup(row: GroupRow): GroupRecord {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    ownerId: row.owner_id,
    allowMembersEdit: row.allow_members_edit === 1,
    onlyMembersView: row.only_members_view === 1
  };
}

export interface Mask {
  high: number;
  low: number;
}

export function webScope(): string {
  return 'web';
}

export function listScope(listId: number): string {
  return `list:${listId}`;
}

/** A person's part on one site; undefined when they have no access to it at all. */
export type SiteRoleOf = (user: LocalUser) => Role | undefined;

export class SecurityStore {
  /**
   * @param roleOf - Who plays which part on this site (default: each user's role in users.ts);
   *   several site collections on one server give the same people different parts.
   */
  public constructor(private readonly db: Db, webTitle: string, private readonly roleOf: SiteRoleOf = (u) => u.role) {
    db.exec(SECURITY_SCHEMA);
    this.seed(webTitle);
  }

  /**
   * The web's default groups and assignments, created once, as a Microsoft 365 group-connected team
   * site (what a Teams team has) has them: Owners Full Control, Members **Edit**, Visitors Read
   * (Microsoft Learn, "Understanding permission levels in SharePoint" and sp-dev-docs
   * "modernize-connect-to-office365-group-permissions"). A data folder made when this server gave
   * Members Contribute is brought up to Edit: this server never grants less than SharePoint Online.
   */
  private seed(webTitle: string): void {
    const exists = stmt(this.db, 'SELECT 1 FROM site_groups WHERE id = ?').get(OWNERS_GROUP) !== undefined;
    if (exists) {
      stmt(this.db, "UPDATE OR IGNORE role_assignments SET role_def_id = ? WHERE scope = 'web' AND principal_id = ? AND role_def_id = ?").run(EDIT, MEMBERS_GROUP, CONTRIBUTE);
      return;
    }
    this.db.transaction(() => {
      const insert = stmt(this.db, 'INSERT INTO site_groups (id, title, description, owner_id, allow_members_edit, only_members_view) VALUES (?, ?, ?, ?, ?, 0)');
      insert.run(OWNERS_GROUP, `${webTitle} Owners`, `Owners of the ${webTitle} site`, OWNERS_GROUP, 0);
      insert.run(VISITORS_GROUP, `${webTitle} Visitors`, `Visitors of the ${webTitle} site`, OWNERS_GROUP, 0);
      insert.run(MEMBERS_GROUP, `${webTitle} Members`, `Members of the ${webTitle} site`, OWNERS_GROUP, 0);
      const member = stmt(this.db, 'INSERT OR IGNORE INTO group_members (group_id, user_id) VALUES (?, ?)');
      for (const u of USERS) {
        const role = this.roleOf(u);
        if (role !== undefined) {
          member.run(role === 'Owner' ? OWNERS_GROUP : role === 'Member' ? MEMBERS_GROUP : VISITORS_GROUP, u.id);
        }
      }
      this.addAssignment(webScope(), OWNERS_GROUP, FULL_CONTROL);
      this.addAssignment(webScope(), VISITORS_GROUP, READ);
      this.addAssignment(webScope(), MEMBERS_GROUP, EDIT);
    })();
  }

  /** Every permission level of the web: SharePoint's built-in ones, then those made by REST. */
  public definitions(): RoleDefinition[] {
    const custom = (stmt(this.db, 'SELECT * FROM custom_role_definitions ORDER BY id').all() as CustomRoleRow[]).map(
      (r): RoleDefinition => ({ id: r.id, name: r.name, kind: 0, high: r.high, low: r.low, order: r.sort_order, description: r.description })
    );
    return [...ROLE_DEFINITIONS, ...custom];
  }

  public definition(id: number): RoleDefinition | undefined {
    return this.definitions().find((d) => d.id === id);
  }

  public definitionByName(name: string): RoleDefinition | undefined {
    const wanted = name.toLowerCase();
    return this.definitions().find((d) => d.name.toLowerCase() === wanted);
  }

  /** A new permission level (`POST web/roledefinitions`); the caller checks the name is free. */
  public createDefinition(name: string, description: string, order: number, mask: Mask): RoleDefinition {
    const row = stmt(this.db, 'SELECT max(id) AS m FROM custom_role_definitions').get() as { m: number | null };
    const id = Math.max(FIRST_CUSTOM_ROLE_ID, (row.m ?? 0) + 1);
    stmt(this.db, 'INSERT INTO custom_role_definitions (id, name, description, high, low, sort_order) VALUES (?, ?, ?, ?, ?, ?)').run(id, name, description, mask.high, mask.low, order);
    return this.definition(id) as RoleDefinition;
  }

  /** Changes a permission level made by REST; built-in levels are not stored here. */
  public updateDefinition(def: RoleDefinition): void {
    stmt(this.db, 'UPDATE custom_role_definitions SET name = ?, description = ?, high = ?, low = ?, sort_order = ? WHERE id = ?').run(
      def.name,
      def.description,
      def.high,
      def.low,
      def.order,
      def.id
    );
  }

  /** Deletes a permission level made by REST and every assignment of it. */
  public deleteDefinition(id: number): void {
    stmt(this.db, 'DELETE FROM role_assignments WHERE role_def_id = ?').run(id);
    stmt(this.db, 'DELETE FROM custom_role_definitions WHERE id = ?').run(id);
  }

  public groups(): GroupRecord[] {
    return (stmt(this.db, 'SELECT * FROM site_groups ORDER BY id').all() as GroupRow[]).map(toGroup);
  }

  public group(id: number): GroupRecord | undefined {
    const row = stmt(this.db, 'SELECT * FROM site_groups WHERE id = ?').get(id) as GroupRow | undefined;
    return row === undefined ? undefined : toGroup(row);
  }

  public groupByName(title: string): GroupRecord | undefined {
    const row = stmt(this.db, 'SELECT * FROM site_groups WHERE title = ? COLLATE NOCASE').get(title) as GroupRow | undefined;
    return row === undefined ? undefined : toGroup(row);
  }

  /** Group ids follow the fixed users' ids, since users and groups share one principal id space. */
  public createGroup(title: string, description: string, ownerId: number, allowMembersEdit: boolean, onlyMembersView: boolean): GroupRecord {
    const maxUser = Math.max(...USERS.map((u) => u.id));
    const row = stmt(this.db, 'SELECT max(id) AS m FROM site_groups').get() as { m: number | null };
    const id = Math.max(maxUser, row.m ?? 0) + 1;
    this.db
      .prepare('INSERT INTO site_groups (id, title, description, owner_id, allow_members_edit, only_members_view) VALUES (?, ?, ?, ?, ?, ?)')
      .run(id, title, description, ownerId, allowMembersEdit ? 1 : 0, onlyMembersView ? 1 : 0);
    return this.group(id) as GroupRecord;
  }

  public updateGroup(group: GroupRecord): void {
    this.db
      .prepare('UPDATE site_groups SET title = ?, description = ?, owner_id = ?, allow_members_edit = ?, only_members_view = ? WHERE id = ?')
      .run(group.title, group.description, group.ownerId, group.allowMembersEdit ? 1 : 0, group.onlyMembersView ? 1 : 0, group.id);
  }

  public deleteGroup(id: number): void {
    stmt(this.db, 'DELETE FROM role_assignments WHERE principal_id = ?').run(id);
    stmt(this.db, 'DELETE FROM site_groups WHERE id = ?').run(id);
  }

  public members(groupId: number): number[] {
    return (stmt(this.db, 'SELECT user_id FROM group_members WHERE group_id = ? ORDER BY user_id').all(groupId) as Array<{ user_id: number }>).map((r) => r.user_id);
  }

  public addMember(groupId: number, userId: number): void {
    stmt(this.db, 'INSERT OR IGNORE INTO group_members (group_id, user_id) VALUES (?, ?)').run(groupId, userId);
  }

  public removeMember(groupId: number, userId: number): boolean {
    return stmt(this.db, 'DELETE FROM group_members WHERE group_id = ? AND user_id = ?').run(groupId, userId).changes > 0;
  }

  public groupsOf(userId: number): number[] {
    return (stmt(this.db, 'SELECT group_id FROM group_members WHERE user_id = ? ORDER BY group_id').all(userId) as Array<{ group_id: number }>).map((r) => r.group_id);
  }

  public hasUniqueScope(scope: string): boolean {
    return stmt(this.db, 'SELECT 1 FROM unique_scopes WHERE scope = ?').get(scope) !== undefined;
  }

  /** The scope whose assignments apply: the list's own after a break, else the web's. */
  public effectiveScope(scope: string): string {
    return scope === webScope() || this.hasUniqueScope(scope) ? scope : webScope();
  }

  public breakInheritance(scope: string, copy: boolean): void {
    if (this.hasUniqueScope(scope)) {
      return;
    }
    stmt(this.db, 'INSERT INTO unique_scopes (scope) VALUES (?)').run(scope);
    if (copy) {
      stmt(this.db, 'INSERT OR IGNORE INTO role_assignments (scope, principal_id, role_def_id) SELECT ?, principal_id, role_def_id FROM role_assignments WHERE scope = ?').run(scope, webScope());
    }
  }

  public resetInheritance(scope: string): void {
    stmt(this.db, 'DELETE FROM role_assignments WHERE scope = ?').run(scope);
    stmt(this.db, 'DELETE FROM unique_scopes WHERE scope = ?').run(scope);
  }

  public dropScope(scope: string): void {
    this.resetInheritance(scope);
  }

  /** Assignments of the scope as stored: principal id → role definition ids. */
  public assignments(scope: string): Map<number, number[]> {
    const rows = stmt(this.db, 'SELECT principal_id, role_def_id FROM role_assignments WHERE scope = ? ORDER BY principal_id, role_def_id').all(scope) as Array<{
      principal_id: number;
      role_def_id: number;
    }>;
    const out = new Map<number, number[]>();
    for (const r of rows) {
      out.set(r.principal_id, [...(out.get(r.principal_id) ?? []), r.role_def_id]);
    }
    return out;
  }

  public addAssignment(scope: string, principalId: number, roleDefId: number): void {
    stmt(this.db, 'INSERT OR IGNORE INTO role_assignments (scope, principal_id, role_def_id) VALUES (?, ?, ?)').run(scope, principalId, roleDefId);
  }

  public removeAssignment(scope: string, principalId: number, roleDefId?: number): void {
    if (roleDefId === undefined) {
      stmt(this.db, 'DELETE FROM role_assignments WHERE scope = ? AND principal_id = ?').run(scope, principalId);
    } else {
      stmt(this.db, 'DELETE FROM role_assignments WHERE scope = ? AND principal_id = ? AND role_def_id = ?').run(scope, principalId, roleDefId);
    }
  }

  /**
   * The user's permissions at `scope`: the union of the masks assigned to the user and to the
   * groups they belong to. A site collection administrator has full control everywhere.
   */
  public effectiveMask(userId: number, scope: string): Mask {
    const user = userById(userId);
    if (user !== undefined && this.isSiteAdmin(userId)) {
      return { high: 2147483647, low: 4294967295 };
    }
    const principals = new Set([userId, ...this.groupsOf(userId)]);
    let high = 0n;
    let low = 0n;
    const levels = new Map(this.definitions().map((d) => [d.id, d]));
    for (const [principal, defs] of this.assignments(this.effectiveScope(scope))) {
      if (!principals.has(principal)) {
        continue;
      }
      for (const id of defs) {
        const def = levels.get(id);
        if (def !== undefined) {
          high |= BigInt(def.high);
          low |= BigInt(def.low);
        }
      }
    }
    return { high: Number(high), low: Number(low) };
  }

  /** The site collection administrator: the first owner, as the person who created the site. */
  public isSiteAdmin(userId: number): boolean {
    return USERS.find((u) => this.roleOf(u) === 'Owner')?.id === userId;
  }
}

/** Whether the mask holds SP.PermissionKind `kind` (PnPjs's hasPermissions arithmetic). */
export function maskHas(mask: Mask, kind: number): boolean {
  const bit = kind - 1;
  const half = bit < 32 ? mask.low : mask.high;
  return Math.floor(half / 2 ** (bit % 32)) % 2 === 1;
}
