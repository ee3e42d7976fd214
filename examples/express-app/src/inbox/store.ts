import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressObject, ParsedMail } from 'mailparser';

/**
 * One email the inbox received, as stored on disk and served as JSON.
 *
 * @example
 * const [latest] = await inbox.list(); latest?.replyTo // '"Maria Garcia" <maria@example.com>'
 */
export interface InboxMessage {
  /** Sortable and safe in a file name or URL: base36 time, then random hex. */
  id: string;
  receivedAt: number;
  envelope: { from: string; to: string[] };
  from: string;
  to: string;
  replyTo?: string;
  subject: string;
  date?: string;
  messageId?: string;
  inReplyTo?: string;
  references: string[];
  /** Every header line as sent, for the "all headers" view. */
  headers: string[];
  text?: string;
  html?: string;
  size: number;
}

/** Ids the inbox makes; anything else in a URL is refused before it can reach the disk. */
export const INBOX_ID = /^[0-9a-z]{8,12}-[0-9a-f]{8}$/;

/**
 * The inbox's messages: JSON files under `dataDir/inbox/`, read once at start and kept in
 * memory, so the demo's inbox survives a restart like a real mailbox.
 *
 * @example
 * const store = openInboxStore('./.supportbridge'); store.add(parsed, envelope, size);
 */
export function openInboxStore(dataDir: string) {
  const dir = join(dataDir, 'inbox');
  mkdirSync(dir, { recursive: true });
  const messages = new Map<string, InboxMessage>();
  for (const file of readdirSync(dir)) {
    if (!file.endsWith('.json') || !INBOX_ID.test(file.slice(0, -5))) continue;
    try {
      const message = JSON.parse(readFileSync(join(dir, file), 'utf8')) as InboxMessage;
      messages.set(message.id, message);
    } catch {
      // A file cut short by a crash mid-write is skipped rather than taking the inbox down.
    }
  }

  return {
    /** Newest first. */
    list(): InboxMessage[] {
      return [...messages.values()].sort((a, b) => b.receivedAt - a.receivedAt || (a.id < b.id ? 1 : -1));
    },
    get(id: string): InboxMessage | undefined {
      return messages.get(id);
    },
    add(parsed: ParsedMail, envelope: InboxMessage['envelope'], size: number): InboxMessage {
      const receivedAt = Date.now();
      const message: InboxMessage = {
        id: `${receivedAt.toString(36)}-${randomBytes(4).toString('hex')}`,
        receivedAt,
        envelope,
        from: addresses(parsed.from),
        to: addresses(parsed.to),
        replyTo: addresses(parsed.replyTo) || undefined,
        subject: parsed.subject ?? '',
        date: parsed.date?.toISOString(),
        messageId: parsed.messageId,
        inReplyTo: parsed.inReplyTo,
        references: [parsed.references ?? []].flat(),
        headers: parsed.headerLines.map((h) => h.line),
        text: parsed.text,
        html: parsed.html || undefined,
        size,
      };
      // Write then rename: a crash mid-write leaves a temp file, never half a message.
      const file = join(dir, `${message.id}.json`);
      writeFileSync(`${file}.tmp`, JSON.stringify(message, null, 2));
      renameSync(`${file}.tmp`, file);
      messages.set(message.id, message);
      return message;
    },
  };
}

function addresses(value: AddressObject | AddressObject[] | undefined): string {
  return [value ?? []]
    .flat()
    .map((a) => a.text)
    .join(', ');
}
