import type { DeepLinkTarget } from './types';

/** Query-string names used on SharePoint pages and the local page. */
export const MAPPING_PARAM = 'mapping';
export const AREA_PARAM = 'area';
export const DUTY_PARAM = 'duty';

/** Reads `?mapping=12&area=manage-data&duty=manage-data-1` (as SharePoint pages carry it). */
export function parseQueryTarget(search: string): DeepLinkTarget | undefined {
  const params = new URLSearchParams(search);
  const mappingId = Number(params.get(MAPPING_PARAM));
  if (!Number.isInteger(mappingId) || mappingId <= 0) {
    return undefined;
  }
  const areaId = params.get(AREA_PARAM) || undefined;
  const dutyId = params.get(DUTY_PARAM) || undefined;
  return dutyId ? { mappingId, areaId, dutyId } : { mappingId, areaId };
}

/** A link to a place in the app on a SharePoint (or local) page: the page URL with the target in its query string. */
export function queryLink(pageUrl: string, target: DeepLinkTarget): string {
  const url = new URL(pageUrl);
  url.searchParams.set(MAPPING_PARAM, String(target.mappingId));
  if (target.areaId) {
    url.searchParams.set(AREA_PARAM, target.areaId);
  } else {
    url.searchParams.delete(AREA_PARAM);
  }
  if (target.dutyId) {
    url.searchParams.set(DUTY_PARAM, target.dutyId);
  } else {
    url.searchParams.delete(DUTY_PARAM);
  }
  return url.toString();
}

/** Teams carries the target in subEntityId: "mapping:12", "mapping:12/area:manage-data" or "…/area:manage-data/duty:manage-data-1". */
export function toSubEntityId(target: DeepLinkTarget): string {
  const area = target.areaId ? `/area:${target.areaId}` : '';
  const duty = target.areaId && target.dutyId ? `/duty:${target.dutyId}` : '';
  return `mapping:${target.mappingId}${area}${duty}`;
}

/** Reads a subEntityId written by {@link toSubEntityId}; anything else is ignored. */
export function parseSubEntityId(subEntityId: string | undefined): DeepLinkTarget | undefined {
  const match = /^mapping:(\d+)(?:\/area:([\w.-]+)(?:\/duty:([\w.-]+))?)?$/.exec(subEntityId ?? '');
  if (!match) {
    return undefined;
  }
  return match[3] ? { mappingId: Number(match[1]), areaId: match[2], dutyId: match[3] } : { mappingId: Number(match[1]), areaId: match[2] };
}

/**
 * A Teams deep link to an entity of a tab (https://teams.microsoft.com/l/entity/...),
 * which opens the tab and passes the target through subEntityId.
 */
export function teamsEntityLink(appId: string, entityId: string, target: DeepLinkTarget, channelId?: string): string {
  const context: Record<string, string> = { subEntityId: toSubEntityId(target) };
  if (channelId) {
    context.channelId = channelId;
  }
  return (
    `https://teams.microsoft.com/l/entity/${encodeURIComponent(appId)}/${encodeURIComponent(entityId)}` +
    `?context=${encodeURIComponent(JSON.stringify(context))}`
  );
}

/**
 * A Teams deep link that opens a chat with these people, the message in the sender's compose box
 * (https://teams.microsoft.com/l/chat/0/0?users=…&message=…, Microsoft Learn "Deep link to start a
 * new chat"). Nothing is sent until the sender sends it, and no Graph permission is involved.
 *
 * @param users - The people's user principal names (their e-mail in most tenants).
 * @param message - The text put in the compose box.
 * @returns The link.
 */
export function teamsChatLink(users: readonly string[], message: string): string {
  return `https://teams.microsoft.com/l/chat/0/0?users=${users.map(encodeURIComponent).join(',')}&message=${encodeURIComponent(message)}`;
}

/**
 * A mailto: link with a subject and body (RFC 6068: each part percent-encoded).
 *
 * @param to - The address.
 * @param subject - The subject line.
 * @param body - The message.
 * @returns The link.
 */
export function mailLink(to: string, subject: string, body: string): string {
  return `mailto:${encodeURIComponent(to)}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
