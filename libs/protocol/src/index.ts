export * from './errors';
export * from './outcomes';
export * from './device-api';
export * from './coded-error';
