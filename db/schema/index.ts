export * from './activity';
export * from './contacts';
export * from './lists';
export * from './offices';
export * from './organisations';
export * from './regions';
export * from './releases';
export * from './tags';
export type { LocalizedText } from './columns';
