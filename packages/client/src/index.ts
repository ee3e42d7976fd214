export { readJsonl } from '@supportbridge/shared/jsonl';
export {
  type CallOptions,
  createSupportBridgeClient,
  type SupportBridgeClient,
  type SupportBridgeClientOptions,
  SupportBridgeError,
} from './client.js';
export { type OperationId, ROUTES } from './routes.js';
