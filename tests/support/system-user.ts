import { spawnSync } from 'node:child_process';

/** The uid and gid of a system user, e.g. the one Dovecot or Postfix runs as. */
export function systemUser(name: string): { uid: number; gid: number } {
  const id = (flag: string) => Number(spawnSync('id', [flag, name], { encoding: 'utf8' }).stdout.trim());
  return { uid: id('-u'), gid: id('-g') };
}
