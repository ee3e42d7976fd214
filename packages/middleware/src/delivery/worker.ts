import type { SendMailOptions } from 'nodemailer';
import { retryDelay } from '../retry-policy.js';
import { type ApiChannel, type ChannelState, sendThroughChannel } from './channels/send-channel.js';
import {
  type Claim,
  claimDue,
  type ForwardSource,
  loadSource,
  type Outcome,
  renewLeases,
  type Stamp,
  settle,
} from './claims.js';
import { composeEmail, fallbackSummary, messageIdFor, ticketToken } from './email.js';
import { backoff, classifyFailure } from './retry.js';
import { ON_TRANSMITTED, observeTransmission } from './transport.js';
import { Waker } from './waker.js';
import { type DeliveryWorkerOptions, parseWorkerOptions } from './worker-config.js';

export type { DeliveryWorkerOptions, WorkerSettings } from './worker-config.js';

/**
 * Controls of a running delivery worker.
 *
 * @example
 * worker.start(); worker.kick(); await worker.stop();
 */
export interface DeliveryWorker {
  /** Starts polling the outbox. */
  start(): void;
  /** Looks for due deliveries now, e.g. right after a conversation completed. */
  kick(): void;
  /** Stops claiming, waits for the emails in flight to settle, then closes the transport (the worker owns it). Final. */
  stop(): Promise<void>;
  /** Claims one batch, sends it and resolves with how many were claimed (for tests and scripts). */
  runOnce(): Promise<number>;
}

/** Longest pause after repeated database errors or an unreachable mail server. */
const MAX_PAUSE_MS = 60_000;
/** Retries stop growing here: an hour between tries is patient enough. */
const MAX_BACKOFF_MS = 3_600_000;

/**
 * Creates the worker that sends the outbox: it claims due deliveries (several instances
 * may share one PostgreSQL), composes each email from the stored conversation, sends it
 * through the pooled transport and records the outcome. 4xx replies and failures within a
 * session are retried with exponential backoff; a 5xx reply marks the delivery `failed`
 * with the server's text; a message the server took whole but never confirmed is tried at
 * most `maxTransmissions` times. Only a server that cannot be reached at all pauses the
 * whole worker (instead of burning every row's attempts); a fault of one message never
 * holds up the others. A database error is logged and backed off, never thrown.
 * Integrations with a `channel` (Zendesk, Help Scout, Freshdesk, webhook) ride the same
 * claims and retry policy; their forwards go to the helpdesk's API instead of the transport.
 *
 * @example
 * const worker = createDeliveryWorker({ db, transport: createTransport(url), from: 'support-bot@acme.com' });
 * worker.start(); // … worker.kick() after a conversation completes … await worker.stop();
 */
export function createDeliveryWorker(options: DeliveryWorkerOptions): DeliveryWorker {
  const config = parseWorkerOptions(options);
  const { db, transport, logger } = config;
  const inFlight = new Map<string, Promise<void>>();
  let running = false;
  let loop: Promise<void> | undefined;
  const waker = new Waker();
  let pausedUntil = 0;
  let unreachableStreak = 0;
  let renewTimer: NodeJS.Timeout | undefined;
  const onTransportError = (error: unknown) => logger.error('mail transport error', error);
  const channelState: ChannelState = { helpScoutTokens: new Map() };

  /** Claims up to `limit` rows and starts sending them; resolves with the sends' promises. */
  async function dispatch(limit: number): Promise<Promise<void>[]> {
    const claims = await claimDue(db, Date.now(), limit, config.leaseMs, !transport);
    if (claims.length > 0 && !renewTimer) renewTimer = setInterval(renew, config.leaseMs / 3);
    return claims.map((claim) => {
      const sending = deliver(claim).finally(() => {
        inFlight.delete(claim.id);
        if (inFlight.size === 0) stopRenewing();
        waker.wake();
      });
      inFlight.set(claim.id, sending);
      return sending;
    });
  }

  function stopRenewing(): void {
    clearInterval(renewTimer);
    renewTimer = undefined;
  }

  function renew(): void {
    renewLeases(db, [...inFlight.keys()], Date.now() + config.leaseMs).catch((error) =>
      logger.warn('could not renew delivery leases', error),
    );
  }

  async function run(): Promise<void> {
    let dbErrors = 0;
    while (running) {
      const free = config.concurrency - inFlight.size;
      const paused = Date.now() < pausedUntil;
      // With sends in flight, wait for half the slots to free up: one claim then takes
      // several rows, which counts on PGlite, where every query queues on one connection.
      const worthIt = free > 0 && (inFlight.size === 0 || free >= Math.ceil(config.concurrency / 2));
      let claimed = 0;
      if (worthIt && !paused) {
        // While the server looks unreachable, probe with a single row instead of a batch.
        const limit = unreachableStreak > 0 ? 1 : free;
        try {
          claimed = (await dispatch(limit)).length;
          dbErrors = 0;
        } catch (error) {
          dbErrors++;
          logger.error('could not claim deliveries; retrying', error);
          await waker.sleep(backoff(dbErrors, config.pollIntervalMs, MAX_PAUSE_MS));
          continue;
        }
        if (claimed === limit && unreachableStreak === 0) continue; // a backlog: claim again at once
      }
      const wait = paused ? Math.min(pausedUntil - Date.now(), config.pollIntervalMs) : config.pollIntervalMs;
      if (running) await waker.sleep(Math.max(wait, 1));
    }
  }

  async function deliver(claim: Claim): Promise<void> {
    let stamp: Stamp | undefined;
    let transmitted = false;
    try {
      // Failed tries end at maxAttempts and unreachable ones are refunded, so a claim past
      // it means senders died on this row every time: stop before it takes down another.
      if (claim.attempts > config.maxAttempts) {
        const error = `Gave up after ${claim.attempts - 1} attempts: the sender stopped during each one`;
        return await finish(claim, { state: 'failed', error });
      }
      const source = await loadSource(db, claim);
      // A deleted conversation takes its deliveries with it (ON DELETE CASCADE).
      if (!source) return;
      const to = source.integration?.email;
      const channel = source.integration?.channel;
      if (channel && channel.type !== 'email') return await deliverToChannel(claim, source, channel);
      if (!to) {
        const error = source.integration
          ? 'The support integration has no email address'
          : 'The support integration was deleted';
        return await finish(claim, { state: 'cancelled', error });
      }
      const { id, contact } = source.conversation;
      // Derived, not random: a retry after a crash computes the same ids even if the first
      // try's were never stored.
      const first = source.firstMessageId ?? messageIdFor(id, claim.integrationId, 1, config.domain);
      stamp = {
        messageId: claim.messageId ?? messageIdFor(id, claim.integrationId, claim.forward, config.domain),
        inReplyTo: claim.forward > 1 ? (claim.inReplyTo ?? first) : null,
        email: to,
      };
      const mail = composeEmail({
        from: config.from,
        to,
        conversation: source.conversation,
        integrationId: claim.integrationId,
        botName: source.botName,
        contact,
        summary: source.conversation.summary ?? fallbackSummary(contact, source.messages),
        messages: source.messages,
        messageId: stamp.messageId,
        inReplyTo: stamp.inReplyTo ?? undefined,
        ticket: ticketToken(id),
        timeZone: config.timeZone,
      });
      const signal = AbortSignal.timeout(config.sendTimeoutMs);
      const onTransmitted = () => {
        transmitted = true;
      };
      await transport!.sendMail({ ...mail, signal, [ON_TRANSMITTED]: onTransmitted } as SendMailOptions);
      unreachableStreak = 0;
      await finish(claim, { state: 'sent' }, stamp, 3);
    } catch (error) {
      // Without a stamp the failure happened before any send: a database or bug, not SMTP.
      await finish(claim, failure(claim, error, stamp !== undefined, transmitted), stamp);
    }
  }

  /**
   * Hands a forward to a helpdesk API or webhook instead of the mail server: same claim,
   * lease, fencing and retry policy; the helpdesk's id is stored with the `sent` outcome.
   */
  async function deliverToChannel(claim: Claim, source: ForwardSource, channel: ApiChannel): Promise<void> {
    const stamp: Stamp = {
      messageId:
        claim.messageId ??
        messageIdFor(source.conversation.id, claim.integrationId, claim.forward, config.domain),
      inReplyTo: null,
      email: source.integration?.email ?? '',
    };
    try {
      const signal = AbortSignal.timeout(config.sendTimeoutMs);
      const remoteId = await sendThroughChannel(channel, claim, source, {
        from: config.from,
        timeZone: config.timeZone,
        signal,
        state: channelState,
      });
      await finish(claim, { state: 'sent' }, { ...stamp, remoteId }, 3);
    } catch (error) {
      await finish(claim, failure(claim, error, true, false), stamp);
    }
  }

  function failure(claim: Claim, error: unknown, sending: boolean, transmitted: boolean): Outcome {
    const kind = sending
      ? classifyFailure(error, transmitted)
      : { permanent: false, unreachable: false, transmitted: false, reason: String(error) };
    if (kind.unreachable) {
      unreachableStreak++;
      pausedUntil = Date.now() + backoff(unreachableStreak, config.baseBackoffMs, MAX_PAUSE_MS);
      if (unreachableStreak === 1)
        logger.warn('mail server unreachable; deliveries wait in the outbox', kind.reason);
    }
    if (kind.permanent) {
      logger.warn(`delivery ${claim.id} rejected: ${kind.reason}`);
      return { state: 'failed', error: kind.reason };
    }
    if (kind.transmitted && claim.transmissions + 1 >= config.maxTransmissions) {
      const error = `Gave up after the mail server took the whole message ${claim.transmissions + 1} times without confirming it; it may have arrived (every copy has the same Message-ID): ${kind.reason}`;
      logger.warn(`delivery ${claim.id}: ${error}`);
      return { state: 'failed', error, transmitted: true };
    }
    if (claim.attempts >= config.maxAttempts && !kind.unreachable) {
      logger.warn(`delivery ${claim.id} gave up after ${claim.attempts} attempts: ${kind.reason}`);
      return { state: 'failed', error: `Gave up after ${claim.attempts} attempts: ${kind.reason}` };
    }
    // An unreachable server is an outage, not this email's fault: the try is refunded (a
    // day-long outage must not use up the attempts) and the row comes back with the
    // worker's next probe rather than after its own backoff, so it leaves as soon as the
    // server is back.
    if (kind.unreachable)
      return { state: 'pending', nextAttemptAt: pausedUntil, error: kind.reason, refund: true };
    // A server that said when to come back (HTTP Retry-After) is not asked sooner.
    const wait = retryDelay(
      claim.attempts,
      { baseMs: config.baseBackoffMs, capMs: MAX_BACKOFF_MS },
      kind.retryAfterMs,
    );
    const nextAttemptAt = Date.now() + wait;
    return { state: 'pending', nextAttemptAt, error: kind.reason, transmitted: kind.transmitted };
  }

  /** Records an outcome; a `sent` is retried briefly, since losing it means a duplicate email later. */
  async function finish(claim: Claim, outcome: Outcome, stamp?: Stamp, tries = 1): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        if (!(await settle(db, claim, outcome, Date.now(), stamp))) {
          logger.warn(`delivery ${claim.id} was taken over by another sender`);
        } else if (outcome.state === 'sent') {
          logger.info(`delivery ${claim.id} sent`);
        }
        return;
      } catch (error) {
        if (attempt >= tries) return logger.error(`could not record delivery ${claim.id}`, error);
        await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
      }
    }
  }

  return {
    start() {
      if (running) return;
      running = true;
      if (transport) observeTransmission(transport);
      transport?.on?.('error', onTransportError);
      loop = run();
    },
    kick() {
      waker.wake();
    },
    async stop() {
      running = false;
      waker.wake();
      await loop;
      await Promise.allSettled([...inFlight.values()]);
      stopRenewing();
      transport?.off?.('error', onTransportError);
      // Pooled connections would otherwise keep the process alive for minutes.
      transport?.close?.();
    },
    async runOnce() {
      if (transport) observeTransmission(transport);
      const sends = await dispatch(config.concurrency);
      await Promise.allSettled(sends);
      return sends.length;
    },
  };
}
