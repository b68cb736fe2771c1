import { Command } from 'commander';
import { println, type CliIo } from '../cli-io';
import { readKeyInfo, writeNewKeyPair, type KeyInfo } from '../keys/key-files';
import { printJson } from '../output/print';

/** `keys generate|show`: offline, never touches the network (D7: keys are made where they are used). */
export function keysCommand(io: CliIo): Command {
  const keys = new Command('keys').description('Ed25519 signing keys (offline)');
  keys
    .command('generate')
    .description('make a key pair: <file> (private, mode 0600) and <file>.pub; prints the TUF keyid')
    .requiredOption('--out <file>', 'the private key file to create (refuses to overwrite)')
    .option('--json', 'print JSON')
    .action((opts: { out: string; json?: boolean }) => {
      const info = writeNewKeyPair(opts.out);
      printKey(io, info, opts.json, [`private key: ${opts.out} (mode 0600: keep it on this machine)`, `public key:  ${opts.out}.pub`]);
    });
  keys
    .command('show')
    .description('the TUF keyid and public key of a private or public key file')
    .argument('<file>', 'a PEM key file')
    .option('--json', 'print JSON')
    .action((file: string, opts: { json?: boolean }) => {
      const info = readKeyInfo(file);
      printKey(io, info, opts.json, [`file:  ${file} (${info.isPrivate ? 'private' : 'public'} key)`]);
    });
  return keys;
}

function printKey(io: CliIo, info: KeyInfo, json: boolean | undefined, lines: string[]): void {
  if (json) {
    printJson(io, { keyid: info.keyId, publicKeyPem: info.publicKeyPem, key: info.key.toJSON() });
    return;
  }
  for (const line of lines) println(io, line);
  println(io, `keyid: ${info.keyId}`);
  println(io, info.publicKeyPem.trimEnd());
}
