/**
 * The site's permissions as stored: permission levels made by REST, site groups and their members,
 * role assignments per scope and the scopes with their own; what a user may do where.
 *
 * A list without a row in `unique_scopes` inherits the web's assignments, as in SharePoint;
 * `breakRoleInheritance` adds the row (copying the web's assignments when asked) and
 * `resetRoleInheritance` removes it with its assignments.
 */
import { LocalUser, Role, USERS, userById } from '../users';
import { Db, stmt } from './db';
import { CONTRIBUTE, CustomRoleRow, EDIT, FIRST_CUSTOM_ROLE_ID, FULL_CONTROL, Mask, READ, ROLE_DEFINITIONS, RoleDefinition } from './permissionLevels';
import { webScope } from './scopes';
import { GroupRecord, GroupRow, MEMBERS_GROUP, OWNERS_GROUP, VISITORS_GROUP, toGroup } from './siteGroups';

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

