/** Site groups: the three of a group-connected site and those made by REST, as records and as stored. */

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

/** A site group as stored. */
export interface GroupRow {
  id: number;
  title: string;
  description: string;
  owner_id: number;
  allow_members_edit: number;
  only_members_view: number;
}

export function toGroup(row: GroupRow): GroupRecord {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    ownerId: row.owner_id,
    allowMembersEdit: row.allow_members_edit === 1,
    onlyMembersView: row.only_members_view === 1
  };
}
