/** quotetrail's offline CLI. Commands are added in cli/ as the layers grow. */
import { extractFiles } from './extract.js';

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'extract') {
    const files = rest.filter((a) => a !== '--json');
    process.stdout.write(JSON.stringify(await extractFiles(files)) + '\n');
    return 0;
  }
  process.stderr.write(`unknown command: ${command ?? '(none)'}\n`);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
