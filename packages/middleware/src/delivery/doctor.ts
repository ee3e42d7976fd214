import { promises as dns } from 'node:dns';
import type { DeliveryCheck, DeliveryVerdict, SupportChannel } from '@supportbridge/shared';
import type { SendMailOptions } from 'nodemailer';
import { freshdeskTickets } from './channels/freshdesk.js';
import type { HandOver, TicketApi } from './channels/hand-over.js';
import { HelpdeskError } from './channels/helpdesk-request.js';
import { helpScoutConversations } from './channels/helpscout.js';
import { forwardKeys } from './channels/send-channel.js';
import { postWebhook } from './channels/webhook.js';
import { zendeskTickets } from './channels/zendesk.js';

/**
 * What the doctor may use beyond the integration: the mail sender and transport (for the
 * email checks), and the DNS resolver — any object with node's `resolveTxt` / `resolveMx`,
 * e.g. a `dns.promises.Resolver` with `setServers(['1.1.1.1'])`. Defaults to the system's.
 *
 * @example
 * const env: DoctorEnvironment = { from: 'support-bot@acme.com', sendMail: (m) => transport.sendMail(m) };
 */
export interface DoctorEnvironment {
  from?: string;
  sendMail?: (mail: SendMailOptions) => Promise<unknown>;
  resolver?: Pick<typeof dns, 'resolveTxt' | 'resolveMx'>;
  /** Each network step gives up after this long. Defaults to 15 000 ms. */
  timeoutMs?: number;
}

const SUBJECT = '[SupportBridge test] Delivery check — no action needed';
const BODY =
  '<p><strong>This is a test hand-over from SupportBridge.</strong> It checks that chats reach this helpdesk; close or delete it.</p>';

/**
 * Sends one clearly marked test hand-over through an integration's channel and reports
 * each check with a verdict and a fix: for helpdesks and webhooks, connection, credentials
 * and acceptance; for email, the inbox, its MX, the sender domain's SPF and DMARC, and
 * (with a transport) the test email itself. Never throws; never touches the outbox.
 *
 * @example
 * const { verdict, checks } = await diagnose(integration, { from: 'support-bot@acme.com' });
 */
export async function diagnose(
  integration: { id: string; email: string | null; channel: SupportChannel | null },
  env: DoctorEnvironment = {},
): Promise<{ verdict: DeliveryVerdict; checks: DeliveryCheck[] }> {
  const signal = AbortSignal.timeout(env.timeoutMs ?? 15_000);
  const channel = integration.channel;
  const checks =
    channel && channel.type !== 'email'
      ? await channelChecks(channel, integration.id, signal)
      : await emailChecks(integration.email, env);
  const order: DeliveryVerdict[] = ['pass', 'warn', 'fail'];
  const verdict = checks.reduce<DeliveryVerdict>(
    (worst, c) => (order.indexOf(c.verdict) > order.indexOf(worst) ? c.verdict : worst),
    'pass',
  );
  return { verdict, checks };
}

async function channelChecks(
  channel: Exclude<SupportChannel, { type: 'email' }>,
  integrationId: string,
  signal: AbortSignal,
): Promise<DeliveryCheck[]> {
  const now = Date.now();
  const { key, threadKey } = forwardKeys(`test-${now}`, integrationId, 1);
  const handOver: HandOver = {
    key,
    threadKey,
    forward: 1,
    test: true,
    retried: false,
    firstRemoteId: null,
    integrationId,
    conversation: { id: `test-${now}`, createdAt: now },
    ticket: 'TEST',
    contact: {},
    summary: { title: 'Delivery check', request: 'A test hand-over from SupportBridge.', facts: [] },
    messages: [],
    subject: SUBJECT,
    html: BODY,
    text: 'This is a test hand-over from SupportBridge. It checks that chats reach this helpdesk; close or delete it.',
    signal,
  };
  const apis: Record<string, () => TicketApi> = {
    zendesk: () =>
      zendeskTickets({
        ...(channel as Extract<SupportChannel, { type: 'zendesk' }>),
        tags: ['supportbridge-test'],
      }),
    freshdesk: () =>
      freshdeskTickets({
        ...(channel as Extract<SupportChannel, { type: 'freshdesk' }>),
        tags: ['supportbridge-test'],
      }),
    helpscout: () =>
      helpScoutConversations(
        {
          ...(channel as Extract<SupportChannel, { type: 'helpscout' }>),
          fallbackEmail: 'test@example.com',
          tags: ['supportbridge-test'],
        },
        new Map(),
      ),
  };
  try {
    const id =
      channel.type === 'webhook'
        ? await postWebhook(channel, handOver)
        : await apis[channel.type]!().create(handOver);
    return [
      { name: 'connection', verdict: 'pass', detail: `Reached ${channel.url ?? 'the helpdesk'}` },
      { name: 'auth', verdict: 'pass', detail: 'The credentials were accepted' },
      {
        name: 'accept',
        verdict: 'pass',
        detail: `The test hand-over was accepted (${id}); close or delete it`,
      },
    ];
  } catch (error) {
    const err = error instanceof HelpdeskError ? error : new HelpdeskError(String(error));
    if (err.status === undefined) {
      return [
        {
          name: 'connection',
          verdict: 'fail',
          detail: err.message,
          fix: 'Check the channel URL and that this server can reach it (DNS, firewall, proxy).',
        },
      ];
    }
    const reached: DeliveryCheck = {
      name: 'connection',
      verdict: 'pass',
      detail: `Reached ${channel.url ?? 'the helpdesk'}`,
    };
    if (err.status === 401 || err.status === 403) {
      return [reached, { name: 'auth', verdict: 'fail', detail: err.message, fix: AUTH_FIX[channel.type] }];
    }
    const transient = err.status === 429 || err.status >= 500;
    return [
      reached,
      { name: 'auth', verdict: 'pass', detail: 'The credentials were accepted' },
      {
        name: 'accept',
        verdict: transient ? 'warn' : 'fail',
        detail: err.message,
        fix: transient
          ? 'The helpdesk is busy or down right now; real hand-overs are retried. Run the check again later.'
          : 'The helpdesk refused the hand-over: fix what its message names (mailbox id, required fields, plan limits).',
      },
    ];
  }
}

const AUTH_FIX: Record<string, string> = {
  zendesk:
    'Create an API token (Admin Center → Apps and integrations → Zendesk API) and set "email" (an agent) and "apiToken", or an "oauthToken" with tickets:write.',
  helpscout:
    'Check "appId" and "appSecret" of the Help Scout app (Your Profile → My Apps) and that its user can see the mailbox.',
  freshdesk:
    'Copy the API key from Freshdesk (Profile settings → View API key) into "apiKey"; the agent needs ticket permissions.',
  webhook:
    'Your endpoint refused the signature: verify "SupportBridge-Signature" with the same secret as the channel\'s "secret".',
};

async function emailChecks(inbox: string | null, env: DoctorEnvironment): Promise<DeliveryCheck[]> {
  const resolver = env.resolver ?? dns;
  const checks: DeliveryCheck[] = [];
  if (!inbox)
    return [
      {
        name: 'inbox',
        verdict: 'fail',
        detail: 'The integration has no email and no channel',
        fix: 'Set "email" to the support inbox, or a "channel".',
      },
    ];
  checks.push({ name: 'inbox', verdict: 'pass', detail: `Forwards go to ${inbox}` });
  const inboxDomain = inbox.slice(inbox.lastIndexOf('@') + 1);
  const mx = await resolver.resolveMx(inboxDomain).catch(() => []);
  checks.push(
    mx.length > 0
      ? {
          name: 'mx',
          verdict: 'pass',
          detail: `${inboxDomain} accepts mail (${mx.map((r) => r.exchange).join(', ')})`,
        }
      : {
          name: 'mx',
          verdict: 'fail',
          detail: `${inboxDomain} has no MX record`,
          fix: 'Check the inbox address for a typo; its domain must receive mail.',
        },
  );
  const sender = /@([^>\s]+)>?\s*$/.exec(env.from ?? '')?.[1];
  if (!sender) {
    checks.push({
      name: 'spf',
      verdict: 'warn',
      detail: 'The sender is not known here',
      fix: 'Configure `mail.from` so the doctor can check SPF and DMARC.',
    });
  } else {
    const txt = async (name: string) =>
      (await resolver.resolveTxt(name).catch(() => [])).map((parts) => parts.join(''));
    const spf = (await txt(sender)).find((r) => r.toLowerCase().startsWith('v=spf1'));
    checks.push(
      spf
        ? { name: 'spf', verdict: 'pass', detail: `${sender}: ${spf}` }
        : {
            name: 'spf',
            verdict: 'warn',
            detail: `${sender} publishes no SPF record`,
            fix: `Publish a TXT record on ${sender}: "v=spf1 include:<your mail provider> ~all".`,
          },
    );
    const dmarc = (await txt(`_dmarc.${sender}`)).find((r) => r.toLowerCase().startsWith('v=dmarc1'));
    checks.push(
      dmarc
        ? { name: 'dmarc', verdict: 'pass', detail: `_dmarc.${sender}: ${dmarc}` }
        : {
            name: 'dmarc',
            verdict: 'warn',
            detail: `${sender} publishes no DMARC record`,
            fix: `Publish a TXT record on _dmarc.${sender}: "v=DMARC1; p=none; rua=mailto:dmarc@${sender}", and sign with DKIM (mail.dkim).`,
          },
    );
  }
  if (env.sendMail && env.from) {
    try {
      await env.sendMail({
        from: env.from,
        to: inbox,
        subject: SUBJECT,
        html: BODY,
        text: BODY.replace(/<[^>]+>/g, ''),
      });
      checks.push({ name: 'send', verdict: 'pass', detail: `The mail server took a test email to ${inbox}` });
    } catch (error) {
      checks.push({
        name: 'send',
        verdict: 'fail',
        detail: String((error as Error).message ?? error).slice(0, 500),
        fix: 'Check `mail.transport` (host, port, credentials) and that the server relays to this inbox.',
      });
    }
  } else {
    checks.push({
      name: 'send',
      verdict: 'warn',
      detail: 'No mail transport here: no test email was sent',
      fix: 'Configure `mail` on the middleware.',
    });
  }
  return checks;
}
