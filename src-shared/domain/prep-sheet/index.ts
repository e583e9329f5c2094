// The prep sheet document model in one import.
export * from './build-prep-sheet';
export * from './closing-signals';
export * from './labels';
export * from './types';
export * from './withhold-figures';
