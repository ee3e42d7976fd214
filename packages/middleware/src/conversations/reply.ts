import type { CompleteResponse } from '@supportbridge/shared';
import type { SupportContext } from '../context.js';
import type { BotTurnAct, EngineEvent, EngineInput, EngineTurn } from '../engines/engine.js';
import { FALLBACK_REPLY, fallbackEvents } from '../engines/engine-error.js';
import { requireBot, toBot } from '../store/bots.js';
import { addMessage, allMessages, type ConversationRow } from '../store/conversations.js';
import { addToHandover } from './add-to-handover.js';
import { completeConversation } from './complete-conversation.js';
import { contactOf } from './contact.js';

/**
 * Answers one visitor message: stores it first (so it is never lost, whatever the engine
 * does), lets the bot's engine stream a reply, stores the reply, keeps the extracted
 * contact current, and completes the conversation when the visitor asked for a human and
 * their email is known. A message to a conversation the team already has is added to the
 * request instead (see `addToHandover`); one that completed without reaching the team
 * reopens it, and its next completion forwards. `language` is the visitor's language (else
 * the one the widget reported with the session); the engine detects it otherwise.
 *
 * @example
 * for await (const token of replyTo(ctx, conversation, 'Where is my order?', signal)) res.write(token);
 */
export async function* replyTo(
  ctx: SupportContext,
  conversation: ConversationRow,
  text: string,
  signal?: AbortSignal,
  language?: string,
): AsyncGenerator<string, CompleteResponse> {
  const id = conversation.id;
  if (conversation.status === 'completed') {
    const added = await addToHandover(ctx, conversation, text);
    if (added) return added;
  }
  // Before anything is stored: a refused message (its bot was deleted) must change nothing.
  const bot = toBot(await requireBot(ctx.db, undefined, conversation.bot_id));
  language ??= conversation.language ?? undefined;
  // Room for this message and the bot's reply, checked and taken in one statement; a reopen
  // goes with it in one transaction.
  const room = { places: 2, max: ctx.limits.maxMessagesPerConversation };
  if (conversation.status !== 'completed') await addMessage(ctx.db, id, 'user', text, room);
  else {
    await ctx.db.transaction(async (tx) => {
      await tx.query(
        `UPDATE sb_conversations SET status = 'active', end_reason = NULL, completed_at = NULL WHERE id = $1`,
        [id],
      );
      await addMessage(tx, id, 'user', text, room);
    });
  }

  const messages = await allMessages(ctx.db, id);
  const contact = contactOf(messages, conversation.given_contact);
  const turns: EngineTurn[] = messages.map((m) => ({
    type: m.type,
    text: m.text,
    createdAt: m.createdAt,
    ...(m.act && { act: m.act }),
  }));

  let reply = '';
  let act: BotTurnAct | undefined;
  // Kept across a reopen: a visitor who asked for a human and comes back with their address
  // is handed over now, and the team's email still says they asked.
  let escalation = conversation.escalation;
  const input = { bot, messages: turns, contact, signal, ...(language && { language }) };
  for await (const event of engineEvents(ctx, input)) {
    if (event.type === 'token') {
      reply += event.token;
      yield event.token;
    } else if (event.type === 'act') act = event.act;
    else escalation = { reason: event.reason };
  }
  if (!reply.trim()) reply = FALLBACK_REPLY;

  const message = await ctx.db.transaction(async (tx) => {
    const stored = await addMessage(tx, id, 'bot', reply, { places: 0, ...(act && { act }) });
    await tx.query('UPDATE sb_conversations SET contact = $2, escalation = $3 WHERE id = $1', [
      id,
      JSON.stringify(contact),
      escalation ? JSON.stringify(escalation) : null,
    ]);
    return stored;
  });

  // A human was asked for: hand over once we know where the team can reply.
  if (escalation && contact.email && (await completeConversation(ctx, id, 'escalated'))) {
    return { id: message.id, text: reply, end: { reason: 'escalated' } };
  }
  return { id: message.id, text: reply };
}

/**
 * The engine's events, made safe: an engine that cannot be built or that throws never fails
 * the request — the visitor gets the fallback (which offers a human) and the support team an
 * escalation saying why. What the engine streamed before failing is kept.
 */
async function* engineEvents(ctx: SupportContext, input: EngineInput): AsyncGenerator<EngineEvent> {
  let said = false;
  try {
    for await (const event of ctx.engineFor(input.bot).respond(input)) {
      if (event.type === 'token') said = true;
      yield event;
    }
  } catch (error) {
    ctx.logger.warn(`the engine of bot ${input.bot.id} failed`, error);
    const reason = `The assistant could not answer: ${error instanceof Error ? error.message : String(error)}`;
    if (!said) yield* fallbackEvents(reason, input.signal);
    else yield { type: 'escalate', reason };
  }
}
