export * from './bot.js';
export * from './common.js';
export * from './conversation.js';
export * from './errors.js';
export * from './support-integration.js';
