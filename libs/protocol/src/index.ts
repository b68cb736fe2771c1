export * from './errors';
export * from './outcomes';
export * from './device-api';
export * from './coded-error';
export * from './text-field';
export * from './device-schemas';
