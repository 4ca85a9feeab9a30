/**
 * Diagnoses a connection that grpc-js only reports as "Failed to connect". With TLS 1.3 the server
 * checks the client certificate after the client considers the handshake done, so a rejected client
 * certificate shows up as a closed connection (or an alert) right after it. A healthy HTTP/2 server
 * sends its SETTINGS frame immediately, which tells the two apart.
 */
import { checkServerIdentity, connect } from 'node:tls';

export interface TlsProbeOptions {
  host: string;
  port: number;
  ca: string;
  cert: string;
  /** PEM in a label OpenSSL accepts. */
  key: string;
  /** Name to verify the server certificate against (defaults to host). */
  serverName?: string;
  timeoutMs: number;
}

const HTTP2_PREFACE = Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n');

/** Resolves to a description of a TLS problem, or undefined when TLS is not the problem (or unknown). */
export function probeTls(opts: TlsProbeOptions): Promise<string | undefined> {
  return new Promise((resolve) => {
    let settled = false;
    let handshakeDone = false;
    const finish = (verdict: string | undefined) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(verdict);
    };
    const socket = connect({
      host: opts.host,
      port: opts.port,
      ca: opts.ca,
      cert: opts.cert,
      key: opts.key,
      ALPNProtocols: ['h2'],
      // SNI must not be an IP; the certificate is still checked against the host below.
      servername: /^[\d.]+$|:/.test(opts.serverName ?? opts.host)
        ? undefined
        : (opts.serverName ?? opts.host),
      checkServerIdentity: (_host, cert) => checkServerIdentity(opts.serverName ?? opts.host, cert),
    });
    const timer = setTimeout(() => finish(undefined), opts.timeoutMs);
    socket.once('secureConnect', () => {
      handshakeDone = true;
      if (!socket.authorized) {
        finish(`server certificate not trusted: ${String(socket.authorizationError)}`);
        return;
      }
      socket.write(HTTP2_PREFACE);
    });
    socket.once('data', () => finish(undefined));
    socket.once('error', (err: NodeJS.ErrnoException) => {
      const text = `${err.code ?? ''} ${err.message}`;
      if (/SSL|TLS|certificate|alert|altname/i.test(text)) finish(err.message);
      else if (handshakeDone && err.code === 'ECONNRESET') {
        finish('the server reset the connection after the TLS handshake (client certificate rejected?)');
      } else finish(undefined);
    });
    socket.once('close', () => {
      if (handshakeDone) {
        finish(
          'the server closed the connection right after the TLS handshake: it did not accept the client certificate',
        );
      } else finish(undefined);
    });
  });
}
