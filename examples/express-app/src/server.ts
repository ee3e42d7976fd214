import { startDemo } from './app.js';
import { readConfig } from './config.js';
import { INBOX_USER } from './inbox/basic-auth.js';

// `pnpm start`: the demo shop with the widget, the API and a local support inbox.
const config = readConfig(process.env);
const demo = await startDemo(config);
const { address, port } = demo.address;
console.log(
  `SupportBridge demo listening on ${address}:${port}: shop at ${demo.url} · API at ${demo.url}/api/v1` +
    (demo.smtpPort ? ` · SMTP on 127.0.0.1:${demo.smtpPort}` : ''),
);
const password = config.generatedPassword ? config.inboxPassword : 'the value of INBOX_PASSWORD';
console.log(`Support inbox: ${demo.url}/inbox (user: ${INBOX_USER}, password: ${password})`);
if (config.generatedKey)
  console.log(`Development API key (kept in ${config.dataDir}/dev-api-key): ${config.apiKey}`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(1);
    stopping = true;
    // Draining lets emails already being sent finish; anything unsent waits in the store.
    demo.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
