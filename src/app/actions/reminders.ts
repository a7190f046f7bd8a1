import * as strings from 'ImagingDutyMappingWebPartStrings';
import { mailLink, teamsChatLink } from '../../host/deepLinks';
import { formatDate, formatText } from '../../wording/format';
import type { ActionItem } from '../../services/overview';

/** Links that remind an action's owner: only for an owner who is a person with an e-mail, still on the site. */
export interface Reminder {
  teams: string;
  email: string;
  name: string;
}

/**
 * The reminder links for an action: a Teams chat with the owner, the message naming the team,
 * duty, action and due date, and the same as an e-mail.
 *
 * @param item - The action.
 * @returns The links, or undefined when the owner is not a person with an e-mail, or has left
 *   (no longer found on the site: a chat or e-mail would reach nobody).
 */
export function reminderFor(item: ActionItem): Reminder | undefined {
  const person = item.ownerPerson;
  if (!person?.email || item.ownerLeft === true) {
    return undefined;
  }
  const due = item.dueDate ? formatDate(item.dueDate) : strings.ActionsRemindNoDate;
  const message = formatText(strings.ActionsRemindMessage, person.displayName.split(' ')[0] ?? person.displayName, item.team, item.what || item.dutyText, item.dutyText, due);
  return {
    teams: teamsChatLink([person.email], message),
    email: mailLink(person.email, formatText(strings.ActionsRemindSubject, item.team), message),
    name: person.displayName
  };
}
