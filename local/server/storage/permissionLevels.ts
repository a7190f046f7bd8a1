/**
 * Permission levels (role definitions) and the permission masks they grant: SharePoint Online's
 * built-in levels, those made by REST as stored, and reading a mask as SP.PermissionKind.
 */

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
export const FIRST_CUSTOM_ROLE_ID = 1073741974;

/** A permission level made by REST, as stored. */
export interface CustomRoleRow {
  id: number;
  name: string;
  description: string;
  high: number;
  low: number;
  sort_order: number;
}

export interface Mask {
  high: number;
  low: number;
}

/** Whether the mask holds SP.PermissionKind `kind` (PnPjs's hasPermissions arithmetic). */
export function maskHas(mask: Mask, kind: number): boolean {
  const bit = kind - 1;
  const half = bit < 32 ? mask.low : mask.high;
  return Math.floor(half / 2 ** (bit % 32)) % 2 === 1;
}
