export * from './types';
export * from './numbering';
export * from './textBlocks';
export * from './splitClauses';
export * from './documentNotes';
export * from './vocabulary';
export * from './suggest';
export * from './accept';
