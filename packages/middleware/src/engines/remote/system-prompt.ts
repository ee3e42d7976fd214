import type { Bot, Contact } from '@supportbridge/shared';
import { knowledgeIndexFor } from '../intake/knowledge-index.js';

/** Passages put in the prompt: enough to answer, few enough to keep the prompt cheap. */
const MAX_PASSAGES = 4;

/**
 * The contact-collection instruction and the details already known, as one paragraph. Told
 * on every turn because the model keeps no memory between calls and must not ask twice.
 *
 * @example
 * contactInstruction({ name: 'Maria' }) // '… Already known: name "Maria". Still missing: email.'
 */
export function contactInstruction(contact: Contact): string {
  const known = (['name', 'email', 'phone'] as const)
    .filter((field) => contact[field]?.trim())
    .map((field) => `${field} "${contact[field]?.trim()}"`);
  const missing = (['name', 'email'] as const).filter((field) => !contact[field]?.trim());
  return [
    "Once you understand the visitor's issue, politely collect their name and email address, one at a time,",
    'without interrupting an answer: answer first, then ask. Never ask again for a detail you already have.',
    'When the visitor gives an email address, read it back to confirm.',
    'If the visitor asks for a human, is frustrated, or you cannot help, call the request_human tool.',
    'Never invent facts: if the knowledge below does not cover a question, say so and offer a person.',
    known.length > 0 ? `Already known: ${known.join(', ')}.` : 'Nothing is known about the visitor yet.',
    missing.length > 0
      ? `Still missing: ${missing.join(', ')}.`
      : 'You have everything you need; do not ask for contact details.',
  ].join(' ');
}

/**
 * The system prompt for a remote model: the bot's backstory, the contact instruction, and the
 * knowledge passages most relevant to the visitor's latest message (ranked by the same index
 * the intake engine uses).
 *
 * @example
 * const system = systemPrompt(bot, contact, 'Where is my order?');
 */
export function systemPrompt(bot: Bot, contact: Contact, latest: string): string {
  const parts = [
    bot.backstory?.trim() || `You are ${bot.name ?? 'a support assistant'}, a friendly support assistant.`,
    bot.name ? `Your name is ${bot.name}.` : '',
    contactInstruction(contact),
  ];
  const knowledge = bot.knowledge ?? [];
  if (knowledge.length > 0) {
    const passages = knowledgeIndexFor(knowledge)
      .search(latest, MAX_PASSAGES)
      .map((hit) => `- ${hit.answer}`);
    if (passages.length > 0) parts.push(`Knowledge you may use:\n${passages.join('\n')}`);
    else parts.push('None of your knowledge matches the latest message.');
  }
  return parts.filter(Boolean).join('\n\n');
}
