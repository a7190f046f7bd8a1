/**
 * How a site user is shown (SP.User), for the routes that list users: the site's users, a group's
 * members and role assignments. Kept apart so those routes import it without importing each other.
 */
import { Entity } from '../http/format';
import { LocalUser } from '../users';
import { RouteContext, apiUrl } from './context';

/** SP.User as SharePoint Online returns it. */
export function userEntity(ctx: RouteContext, u: LocalUser): Entity {
  const link = `Web/GetUserById(${u.id})`;
  return new Entity({ type: 'SP.User', id: apiUrl(ctx, link), editLink: link }, [
    ['Id', u.id],
    ['IsHiddenInUI', false],
    ['LoginName', u.login],
    ['Title', u.name],
    ['PrincipalType', 1],
    ['Email', u.email],
    ['Expiration', ''],
    ['IsEmailAuthenticationGuestUser', false],
    ['IsShareByEmailGuestUser', false],
    ['IsSiteAdmin', ctx.store.security.isSiteAdmin(u.id)],
    ['UserId', new Entity({ type: 'SP.UserIdInfo' }, [['NameId', `1003${String(u.id).padStart(12, '0')}`], ['NameIdIssuer', 'urn:federation:microsoftonline']])],
    ['UserPrincipalName', u.email]
  ]);
}
