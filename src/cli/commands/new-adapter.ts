import { checkAdapterName, scaffoldAdapter } from '../../authoring/scaffold-adapter.ts';
import { writeNewFiles } from '../../authoring/write-new-files.ts';
import { ConfigError } from '../../config/config-error.ts';
import { EXIT, type ExitCode } from '../exit-codes.ts';

export const NEW_ADAPTER_USAGE = `mystery-shopper new adapter <name>
  Creates journeys/adapters/<name>/ (index.ts and checkout.ts) with the interfaces to fill in; a
  target uses it with adapter: '<name>' in mystery-shopper.config.ts. Found by its folder: nothing
  else to edit. Writes only new files: when one exists already, it writes nothing.`;

export async function newAdapterCommand(args: string[]): Promise<ExitCode> {
  if (args.length !== 1) throw new ConfigError(`one adapter at a time, by name: ${NEW_ADAPTER_USAGE.split('\n')[0]}`);
  const name = checkAdapterName(args[0]);
  const { files, checklist } = scaffoldAdapter(name);
  await writeNewFiles(process.cwd(), files);
  console.log(`New adapter "${name}":`);
  for (const file of files) console.log(`  created ${file.path}`);
  console.log('Left to do:');
  checklist.forEach((item, index) => console.log(`  ${index + 1}. ${item}`));
  return EXIT.ok;
}
