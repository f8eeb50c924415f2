import { Buffer } from 'node:buffer';
import { parentPort, workerData } from 'node:worker_threads';
import { describeLanguageAmong, rememberDescriptions, type KnownLanguage } from './describe-language.ts';
import { renderMarksInBytes, stripMarksInBytes } from './marks-in-bytes.ts';
import { ownsItsMemory, type MarksReply, type MarksRequest } from './marks-off-thread.ts';

/** The worker of ./marks-off-thread.ts: each page's marks resolved as the renderer would have, page by page. */
const { languages } = workerData as { languages: KnownLanguage[] };
const describe = rememberDescriptions((code, pageLang) => describeLanguageAmong(languages, code, pageLang));

parentPort!.on('message', ({ id, page, html }: MarksRequest) => {
  let reply: MarksReply;
  try {
    const bytes = Buffer.from(page.buffer, page.byteOffset, page.byteLength);
    const out = html ? renderMarksInBytes(bytes, describe) : stripMarksInBytes(bytes);
    reply = { id, page: out };
  } catch (e) {
    reply = { id, failure: e instanceof Error ? e.stack ?? e.message : String(e) };
  }
  parentPort!.postMessage(reply, reply.page && ownsItsMemory(reply.page) ? [reply.page.buffer] : []);
});
