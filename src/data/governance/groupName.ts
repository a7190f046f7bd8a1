/** The SharePoint group whose members may sign off besides site Owners (set-up creates it, Owners fill it). */
export const APPROVERS_GROUP = 'Imaging duty mapping approvers';
