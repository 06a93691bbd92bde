export * from './users';
export * from './platform';
export * from './businesses';
export * from './applications';
export * from './listings';
export * from './shipments';
export * from './programme';
export * from './rules';
