export {
  type CallOptions,
  createSupportBridgeClient,
  type SupportBridgeClient,
  type SupportBridgeClientOptions,
  SupportBridgeError,
} from './client.js';
export { readJsonl } from './jsonl.js';
export { type OperationId, ROUTES } from './routes.js';
