/**
 * The PnPjs features the data layer uses, registered once. PnPjs adds
 * `web.lists`, `items`, `fields`, `views`, `siteUsers`, permissions and
 * batching to its objects through these side-effect imports.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/views';
import '@pnp/sp/site-users/web';
import '@pnp/sp/security/web';
import '@pnp/sp/batching';
// Records library uploads, approvers group, per-list permissions; the JD/PS library
import '@pnp/sp/files';
import '@pnp/sp/folders';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/security/list';

export type { SPFI } from '@pnp/sp';
export type { IWeb } from '@pnp/sp/webs';
export type { IList } from '@pnp/sp/lists';
