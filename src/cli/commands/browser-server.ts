import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, resolveChromiumPath } from '../../channels/web/chromium.ts';
import { ConfigError } from '../../config/config-error.ts';
import { EXIT, type ExitCode } from '../exit-codes.ts';
import { parseOptions } from '../parse-options.ts';

export const BROWSER_SERVER_USAGE = `mystery-shopper browser-server [--port 3000] [--host 0.0.0.0]
  Runs a Chromium (the one "run" would launch) as a Playwright browser server, for runs on other
  machines: MYSTERY_SHOPPER_BROWSER_WS_ENDPOINT=<the printed ws:// address> mystery-shopper run.
  Runs until SIGTERM or Ctrl+C.
  --port <n>     the port to listen on (default 3000)
  --host <addr>  the address to listen on (default 127.0.0.1; 0.0.0.0 for other machines)
  Example: mystery-shopper browser-server --host 0.0.0.0 --port 3000`;

export async function browserServerCommand(args: string[]): Promise<ExitCode> {
  const { values } = parseOptions('browser-server', args, { port: { type: 'string', default: '3000' }, host: { type: 'string', default: '127.0.0.1' } });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new ConfigError(`--port: "${values.port}" is not a port number`);
  const server = await chromium.launchServer({ executablePath: resolveChromiumPath(), args: CHROMIUM_ARGS, port, host: values.host });
  console.log(server.wsEndpoint());
  await new Promise<void>((resolve) => {
    process.once('SIGTERM', resolve);
    process.once('SIGINT', resolve);
  });
  await server.close();
  return EXIT.ok;
}
