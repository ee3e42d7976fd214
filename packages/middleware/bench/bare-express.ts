import express from 'express';
import { type Listening, listenOnLoopback } from '../test/helpers/listen.js';

/**
 * The baseline every HTTP figure is set against: a minimal Express 5 app in this process
 * that answers a JSON POST with a reply of the chat's shape, and a JSON GET. Whatever the
 * middleware costs beyond Express itself shows as the ratio to it.
 *
 * @example
 * const bare = await startBareExpress();
 * await load.autocannon({ url: bare.origin, paths: ['/complete'], method: 'POST', … });
 */
export async function startBareExpress(): Promise<Listening> {
  const app = express();
  app.post('/complete', express.json(), (req, res) => {
    const text = typeof req.body?.text === 'string' ? req.body.text : '';
    res.json({ id: 'msg_bare', text: `You said: ${text}`, end: null });
  });
  app.get('/list', (_req, res) => {
    res.json({ items: [{ id: 'sup_bare', name: 'Bare', createdAt: 0 }] });
  });
  return listenOnLoopback(app);
}
