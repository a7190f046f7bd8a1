export { createSharePointServices, createLocalSp } from './createServices';
export type { LocalSpOptions } from './createServices';
export { InvalidFrameworkError } from './toolkit/errors';
