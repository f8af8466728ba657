import { Socket } from 'node:net';

export type Connection = { reached: true } | { reached: false; reason: string };

/**
 * Opens a TCP connection to host:port and closes it at once: the name resolves, a route exists and
 * something listens. Nothing is sent. Never rejects: an unreachable address is a result.
 */
export function tryConnect(host: string, port: number, timeoutMs: number): Promise<Connection> {
  return new Promise((resolve) => {
    const socket = new Socket();
    let settled = false;
    const settle = (connection: Connection) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(connection);
    };
    // A timer of our own, not socket.setTimeout: it covers a name lookup that hangs too.
    const timer = setTimeout(() => settle({ reached: false, reason: `no answer within ${formatSeconds(timeoutMs)}` }), timeoutMs);
    socket.once('connect', () => settle({ reached: true }));
    socket.once('error', (error: NodeJS.ErrnoException) => settle({ reached: false, reason: inPlainWords(error) }));
    socket.connect({ host, port });
  });
}

const PLAIN_WORDS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'name not found (DNS)',
  EAI_AGAIN: 'name lookup failed (DNS)',
  ENETUNREACH: 'network unreachable',
  EHOSTUNREACH: 'host unreachable',
  ECONNRESET: 'connection reset',
  ETIMEDOUT: 'connection timed out',
};

function inPlainWords(error: NodeJS.ErrnoException): string {
  const words = error.code ? PLAIN_WORDS[error.code] : undefined;
  return words ? `${words}, ${error.code}` : (error.code ?? error.message);
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
