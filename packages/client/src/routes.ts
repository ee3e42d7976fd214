/**
 * Method and path of every operation of the API, by `operationId`, relative to the router's
 * mount point. The middleware's `OPERATIONS` table is the source: a test in
 * `packages/middleware/test/client.test.ts` fails when this map and that table differ.
 *
 * @example
 * ROUTES.triggerSupportIntegration // ['POST', '/integration/support/{idOrAlias}/trigger']
 */
export const ROUTES = {
  createSupportIntegration: ['POST', '/integration/support/create'],
  listSupportIntegrations: ['GET', '/integration/support/list'],
  fetchSupportIntegration: ['GET', '/integration/support/{idOrAlias}/fetch'],
  updateSupportIntegration: ['POST', '/integration/support/{idOrAlias}/update'],
  deleteSupportIntegration: ['POST', '/integration/support/{idOrAlias}/delete'],
  triggerSupportIntegration: ['POST', '/integration/support/{idOrAlias}/trigger'],
  testSupportIntegration: ['POST', '/integration/support/{idOrAlias}/test'],
  createBot: ['POST', '/bot/create'],
  listBots: ['GET', '/bot/list'],
  fetchBot: ['GET', '/bot/{id}/fetch'],
  updateBot: ['POST', '/bot/{id}/update'],
  deleteBot: ['POST', '/bot/{id}/delete'],
  createIdentitySecret: ['POST', '/bot/{id}/identity-secret/create'],
  deleteIdentitySecret: ['POST', '/bot/{id}/identity-secret/{secretId}/delete'],
  createConversation: ['POST', '/conversation/create'],
  listConversations: ['GET', '/conversation/list'],
  fetchConversation: ['GET', '/conversation/{id}/fetch'],
  createSession: ['POST', '/conversation/{id}/session/create'],
  completeConversation: ['POST', '/conversation/{id}/complete'],
  listMessages: ['GET', '/conversation/{id}/message/list'],
  updateContact: ['POST', '/conversation/{id}/contact'],
  escalateConversation: ['POST', '/conversation/{id}/escalate'],
  endConversation: ['POST', '/conversation/{id}/end'],
  createWidgetSession: ['POST', '/widget/session/create'],
  getOpenApiDocument: ['GET', '/openapi.json'],
} as const satisfies Record<string, readonly ['GET' | 'POST', string]>;

/** The name of an operation. @example const id: OperationId = 'triggerSupportIntegration'; */
export type OperationId = keyof typeof ROUTES;
