export type { Limits } from './context.js';
export { signIdentity, verifyIdentity } from './conversations/identity.js';
export { composeEmail, messageIdFor, ticketToken } from './delivery/email.js';
export { createTransport } from './delivery/transport.js';
export {
  createDeliveryWorker,
  type DeliveryWorker,
  type DeliveryWorkerOptions,
  type WorkerSettings,
} from './delivery/worker.js';
export { createChatBotKitEngine } from './engines/chatbotkit-engine.js';
export type { Engine, EngineEvent, EngineInput, EngineTurn } from './engines/engine.js';
export {
  EngineConfigError,
  EngineUpstreamError,
  FALLBACK_REPLY,
  fallbackEvents,
} from './engines/engine-error.js';
export { intakeEngine } from './engines/intake/intake-engine.js';
export { createOpenAIEngine } from './engines/openai-engine.js';
export { createEngineResolver } from './engines/resolve-engine.js';
export { SupportError, toSupportError } from './errors.js';
export { type ChatTurn, type Contact, extractContact } from './extraction/extract-contact.js';
export type { Authenticate } from './http/auth.js';
export type { Logger } from './logger.js';
export { type OpenApiOptions, openApiDocument } from './routes/openapi.js';
export { type Database, openDatabase } from './store/database.js';
export { migrate } from './store/migrate.js';
export { createLlmSummarizer } from './summary/llm-summarizer.js';
export { ruleSummarizer } from './summary/rule-summarizer.js';
export type { Summarizer, SummaryInput, SummaryTurn } from './summary/summarizer.js';
export {
  type SupportMiddleware,
  type SupportMiddlewareOptions,
  supportMiddleware,
} from './support-middleware.js';
export { type SupportWidgetOptions, supportWidget } from './support-widget.js';
