import type { IncomingMessage } from 'node:http';

/** A request body as text, refusing anything over a megabyte (no Slack payload comes near it). */
export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > 1_000_000) req.destroy(new Error('request too large'));
      else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** A Web API call's fields: the Slack client sends form fields, with blocks, view and metadata as JSON strings. */
export function parseWebApiBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json')) return JSON.parse(raw || '{}') as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    out[k] = ['blocks', 'view', 'attachments', 'metadata'].includes(k) ? JSON.parse(v) : v;
  }
  return out;
}
