import { Agent, request } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

/**
 * POSTs a signed form to an app's webhook over kept-alive connections, as Twilio's callers do. The
 * global `fetch` costs several times the CPU of a plain request per callback (its streams and
 * per-request objects), and the sandbox shares the machine with the apps it calls: at fifty
 * callers, three callbacks a text were a visible share of the load generator's CPU.
 */
export class WebhookPoster {
  private readonly http = new Agent({ keepAlive: true, maxSockets: 32 });
  private readonly https = new HttpsAgent({ keepAlive: true, maxSockets: 32 });

  /** The answer's status; rejects on a connection error (the caller decides what that means). */
  post(url: string, form: string, headers: Record<string, string>, retried = false): Promise<number> {
    const target = new URL(url);
    const secure = target.protocol === 'https:';
    const send = secure ? httpsRequest : request;
    return new Promise((resolve, reject) => {
      const req = send(
        target,
        {
          method: 'POST',
          agent: secure ? this.https : this.http,
          headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(form) },
        },
        (res) => {
          // The body is not read by anyone; draining it frees the connection for the next callback.
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
          res.on('error', reject);
        },
      );
      req.on('error', (error: NodeJS.ErrnoException) => {
        // A kept-alive connection the server closed as it was reused: Node's documented case for one retry.
        if (req.reusedSocket && error.code === 'ECONNRESET' && !retried) resolve(this.post(url, form, headers, true));
        else reject(error);
      });
      req.end(form);
    });
  }

  close(): void {
    this.http.destroy();
    this.https.destroy();
  }
}
