import type { EngineTurn } from '../engine.js';

/**
 * A message of a Chat Completions request, as far as this package writes them: system, user,
 * assistant (with the tool calls it made) and the `tool` message answering a call.
 *
 * @example
 * const message: ChatMessage = { role: 'tool', tool_call_id: 'call_1', content: HANDOVER_TOOL_RESULT };
 */
export type ChatMessage =
  | { role: 'system' | 'user'; content: string }
  | {
      role: 'assistant';
      content: string | null;
      tool_calls?: { id: string; type: 'function'; function: { name: string; arguments: string } }[];
    }
  | { role: 'tool'; tool_call_id: string; content: string };

/** What the `request_human` tool did, as the model reads it in the tool's result on the next turn. */
export const HANDOVER_TOOL_RESULT =
  'Done: the support team has this conversation and will reply to the visitor by email. ' +
  'Keep helping meanwhile; do not call request_human again for the same issue.';

/**
 * The transcript in the Chat Completions format. A bot turn that called a tool (its `act`
 * records the call) becomes the assistant message carrying that call, with what the visitor
 * read as its content, followed by the `tool` message answering it: the format refuses a
 * request in which a tool call has no result.
 *
 * @example
 * chatMessages([{ type: 'user', text: 'A person, please', createdAt: 1 }]) // [{ role: 'user', content: 'A person, please' }]
 */
export function chatMessages(turns: readonly EngineTurn[]): ChatMessage[] {
  return turns.flatMap((turn): ChatMessage[] => {
    const call = turn.act?.toolCall;
    if (turn.type === 'bot' && call) {
      return [
        {
          role: 'assistant',
          content: turn.text.trim() ? turn.text : null,
          tool_calls: [
            { id: call.id, type: 'function', function: { name: call.name, arguments: call.arguments } },
          ],
        },
        { role: 'tool', tool_call_id: call.id, content: HANDOVER_TOOL_RESULT },
      ];
    }
    if (!turn.text.trim()) return [];
    return [{ role: turn.type === 'user' ? 'user' : 'assistant', content: turn.text }];
  });
}
