// A delivery worker in a process of its own, for the crash test: the test kills it with
// SIGKILL mid-delivery and checks that another worker finishes the job.
// Usage: node --import tsx --conditions=@supportbridge/source worker-process.ts <database> <smtp-url> <lease-ms>
import { createTransport } from '../../src/delivery/transport.js';
import { createDeliveryWorker } from '../../src/delivery/worker.js';
import { openDatabase } from '../../src/store/database.js';

const [database, smtpUrl, leaseMs] = process.argv.slice(2);
if (!database || !smtpUrl) {
  console.error('usage: worker-process.ts <database> <smtp-url> [lease-ms]');
  process.exit(2);
}

const db = await openDatabase(database);
const worker = createDeliveryWorker({
  db,
  transport: createTransport(smtpUrl),
  from: 'support-bot@acme.test',
  logger: { info() {}, warn() {}, error: (...args) => console.error(...args) },
  pollIntervalMs: 20,
  baseBackoffMs: 50,
  leaseMs: Number(leaseMs ?? 1500),
});
worker.start();
// The parent waits for this line before it starts counting.
process.stdout.write('ready\n');

process.on('SIGTERM', async () => {
  await worker.stop();
  await db.close();
  process.exit(0);
});
