/**
 * Mail pasted into a chat: its header lines and the quoted part under the visitor's words.
 * A mail from a shop mailbox, or a reply chain quoted under the visitor's own text, names the
 * visitor as its recipient ("To: kelly@…"); its sender and the sender's colleagues are the
 * other party. A mail the visitor sent names them on its sender line ("From: Moussa Traoré
 * <moussa@yahoo.fr>").
 */
import { ROLE_MAILBOXES, ROLE_SENDER_WORDS } from '../language/mailboxes.js';
import { MAIL_FROM, MAIL_TO, OTHERS, QUOTE_START } from './cues.js';
import type { EmailMention } from './email.js';
import { readName } from './name-scan.js';

/** Mailboxes of a shop or a machine (in many languages), never a visitor's unless they say so. */
const ROLE_MAILBOX_WORDS: ReadonlySet<string> = new Set(ROLE_MAILBOXES);
/** Words of a sender's display name that make it a department: "Equipo", "Obsługa Klienta". */
const ROLE_NAME_WORDS: ReadonlySet<string> = new Set(ROLE_SENDER_WORDS);

/**
 * Whether the part before the "@" is a shop's or a team's mailbox ("orders", "kundenservice").
 *
 * @example
 * isRoleMailbox('support-eu') // true
 */
export const isRoleMailbox = (local: string): boolean =>
  ROLE_MAILBOX_WORDS.has(local) ||
  ROLE_MAILBOX_WORDS.has((local.split(/[-._+]/)[0] ?? '').replace(/\d+$/, ''));

/** The mailboxes of machines: never anyone's own address. */
export const MACHINE_MAILBOX =
  /^(?:noreply|no-reply|donotreply|do-not-reply|notifications?|mailer-daemon|postmaster)$/;

/** An address read in the message, as extraction keeps it: whose it is may change here. */
export interface MailAddress {
  value: string;
  role: 'own' | 'other' | 'rejected';
  claimed: boolean;
  stated?: boolean;
}

/** One visitor message, folded, with its addresses found and masked. */
export interface PastedMailInput {
  text: string;
  folded: string;
  masked: string;
  found: readonly EmailMention[];
  /** This message's addresses, updated in place. */
  emails: readonly MailAddress[];
  botEmails: ReadonlySet<string>;
}

/** Where the visitor's own words end, and the names the visitor's own sender lines give. */
export interface PastedMail {
  ownEnd: number;
  names: { tokens: string[]; start: number }[];
}

/**
 * Where a quoted or forwarded mail starts in a message (its length when none does).
 *
 * @example
 * quoteStart('Thanks!\n-----Original Message-----\nFrom: …') // 8
 */
export function quoteStart(text: string): number {
  QUOTE_START.lastIndex = 0;
  return QUOTE_START.exec(text)?.index ?? text.length;
}

const localOf = (address: string) => address.slice(0, address.indexOf('@'));
const domainOf = (address: string) => address.slice(address.indexOf('@'));

/**
 * Reads the pasted mail of one message: sets whose its addresses are and returns the names
 * its sender lines give for the visitor.
 *
 * @example
 * readPastedMail({ text, folded: text, masked, found, emails, botEmails: new Set() }).names
 */
export function readPastedMail(input: PastedMailInput): PastedMail {
  const { text, folded, masked, found, emails, botEmails } = input;
  const headerMention = (header: RegExpExecArray) => {
    const at = header.index + header[0].length;
    return found.find((m) => m.start >= at - 1 && m.start <= at + 1);
  };
  // A reply chain: the visitor's words above a quoted mail sent to a person ("To: ayumi@…"):
  // that person is the visitor, and the quoted sender the other party.
  const ownEnd = quoteStart(folded);
  const personTo = [...folded.matchAll(MAIL_TO)].some((header) => {
    const mention = headerMention(header);
    return mention !== undefined && !isRoleMailbox(localOf(mention.address));
  });
  // Quoted under an "Original Message" rule or "… wrote:", not forwarded from a "From:" line.
  const quotedReply = ![...folded.matchAll(MAIL_FROM)].some((header) => Math.abs(header.index - ownEnd) <= 1);
  const replyChain = personTo && quotedReply && /\p{L}{2}/u.test(folded.slice(0, ownEnd));
  // A pasted mail from a shop mailbox names the visitor as its recipient: "To: kelly@…".
  const senderDomains = new Set<string>();
  const shopSent = [...folded.matchAll(MAIL_FROM)].some((header) => {
    const sender = headerMention(header);
    if (!sender) return false;
    const other = (replyChain && header.index >= ownEnd) || isRoleMailbox(localOf(sender.address));
    if (other) senderDomains.add(domainOf(sender.address));
    return other;
  });
  // The sending shop's (or party's) own people: "gareth@electrohub.co.uk" under its signature.
  for (const m of emails) if (!m.stated && senderDomains.has(domainOf(m.value))) m.role = 'other';
  for (const header of shopSent ? folded.matchAll(MAIL_TO) : []) {
    const mention = headerMention(header);
    const recipient = mention && emails.find((m) => m.value === mention.address);
    if (recipient && !isRoleMailbox(localOf(recipient.value))) {
      recipient.role = 'own';
      recipient.claimed = true;
    }
  }
  // A pasted email's sender line names the visitor when the address is theirs:
  // "From: Moussa Traoré <moussa@yahoo.fr>", but not "De: Atención <clientes@shop.es>".
  const names: PastedMail['names'] = [];
  for (const header of folded.matchAll(MAIL_FROM)) {
    const mention = headerMention(header);
    const local = mention ? localOf(mention.address) : '';
    if (!mention || isRoleMailbox(local) || MACHINE_MAILBOX.test(local) || botEmails.has(mention.address))
      continue;
    // "my colleague sent you this: From: Derek …" is the colleague's mail, not the visitor's;
    // in a reply chain the quoted sender is the other party.
    if (OTHERS.test(folded.slice(0, header.index)) || (replyChain && header.index >= ownEnd)) continue;
    // "Atención al Cliente", "Customer Service Team": a department, not a person.
    const words = (header[1] ?? '').toLowerCase().split(/[^\p{L}]+/u);
    if (words.some((word) => ROLE_MAILBOX_WORDS.has(word) || ROLE_NAME_WORDS.has(word))) continue;
    const display = header[1] ? header.index + header[0].lastIndexOf(header[1]) : -1;
    const name = display >= 0 ? readName(text, masked, display, 'explicit', 'mixed') : undefined;
    if (name) names.push({ tokens: name.tokens, start: display });
  }
  return { ownEnd, names };
}
