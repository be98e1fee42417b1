// Atomic output: the new workbook goes to a temporary file beside the target, is flushed to disk
// (fsync) and only then renamed over the target. A crash, a kill or a full disk at any moment
// leaves either the old file or the complete new one, never a half-written one.
import * as fs from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

/** A write that failed; the message is Dutch and says what happened to the existing file. */
export class SchrijfFout extends Error {}

/** The file-system calls used, so a test can make one of them fail. */
export interface Bestandssysteem {
  openSync: typeof fs.openSync;
  writeSync: (fd: number, data: Uint8Array, offset: number, length: number) => number;
  fsyncSync: typeof fs.fsyncSync;
  closeSync: typeof fs.closeSync;
  renameSync: typeof fs.renameSync;
  copyFileSync: typeof fs.copyFileSync;
  unlinkSync: typeof fs.unlinkSync;
}

const ECHT: Bestandssysteem = {
  openSync: fs.openSync,
  writeSync: (fd, data, offset, length) => fs.writeSync(fd, data, offset, length),
  fsyncSync: fs.fsyncSync,
  closeSync: fs.closeSync,
  renameSync: fs.renameSync,
  copyFileSync: fs.copyFileSync,
  unlinkSync: fs.unlinkSync,
};

const REDENEN: Record<string, string> = {
  ENOSPC: "de schijf is vol",
  EDQUOT: "de schijfruimte (quotum) is op",
  EACCES: "geen schrijfrechten",
  EPERM: "geen toestemming",
  EROFS: "de schijf is alleen-lezen",
  ENOENT: "de map bestaat niet",
  ENOTDIR: "de map bestaat niet",
  EISDIR: "het doel is een map",
  EIO: "een schrijffout van de schijf",
};

export function reden(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  return (code && REDENEN[code]) ?? (code ? `systeemfout ${code}` : "onbekende fout");
}

export interface SchrijfOpties {
  /** Copy the existing target to `<target>.bak` first (atomically as well). */
  backup?: boolean;
  /**
   * The bytes the new content was made from. The backup holds these (not whatever is on disk by
   * then), and when the target no longer holds them (another fill or program wrote it meanwhile)
   * nothing is written.
   */
  origineel?: Uint8Array;
  fs?: Bestandssysteem;
}

function tijdelijkPad(doel: string): string {
  const willekeurig = Math.random().toString(36).slice(2, 10);
  return join(dirname(doel), `.${basename(doel)}.${process.pid}.${willekeurig}.tmp`);
}

/** Writes bytes to a temporary file beside `doel`, fsyncs it and renames it over `doel`. */
function vervang(doel: string, schrijf: (tmp: string) => void, bfs: Bestandssysteem): void {
  const tmp = tijdelijkPad(doel);
  try {
    schrijf(tmp);
    bfs.renameSync(tmp, doel);
  } catch (e) {
    try {
      bfs.unlinkSync(tmp);
    } catch {
      // the temporary file may not exist yet
    }
    throw e;
  }
  try {
    // The rename itself is durable only once the folder is flushed; not every system allows it.
    const map = fs.openSync(dirname(doel), "r");
    try {
      fs.fsyncSync(map);
    } finally {
      fs.closeSync(map);
    }
  } catch {
    // best effort
  }
}

function schrijfBestand(tmp: string, inhoud: Uint8Array, bfs: Bestandssysteem, modus: number): void {
  const fd = bfs.openSync(tmp, "wx", modus);
  try {
    let klaar = 0;
    while (klaar < inhoud.length) klaar += bfs.writeSync(fd, inhoud, klaar, inhoud.length - klaar);
    bfs.fsyncSync(fd);
  } finally {
    bfs.closeSync(fd);
  }
}

/**
 * Replaces `doel` with `inhoud` atomically. On failure the existing file is untouched and the
 * SchrijfFout says so (in Dutch, with the reason).
 */
export function schrijfVeilig(doel: string, inhoud: Uint8Array, opties: SchrijfOpties = {}): void {
  const bfs = opties.fs ?? ECHT;
  // A symbolic link stays a link: the file it points to is replaced (beside that file).
  const pad = echtPad(resolve(doel));
  const bestond = fs.existsSync(pad);
  const ongewijzigd = bestond ? `het bestaande bestand ${doel} is niet gewijzigd` : `er is niets geschreven`;
  const origineel = opties.origineel;
  const nogOrigineel = () => {
    if (origineel && bestond && !Buffer.from(origineel).equals(fs.readFileSync(pad)))
      throw new SchrijfFout(
        `${doel} is tijdens het vullen door een ander programma gewijzigd; er is niets geschreven. Vul opnieuw.`,
      );
  };
  nogOrigineel();
  if (bestond && opties.backup) {
    try {
      vervang(
        `${pad}.bak`,
        (tmp) =>
          origineel
            ? schrijfBestand(tmp, origineel, bfs, fs.statSync(pad).mode & 0o777)
            : bfs.copyFileSync(pad, tmp),
        bfs,
      );
    } catch (e) {
      throw new SchrijfFout(`kan geen reservekopie ${doel}.bak maken (${reden(e)}); ${ongewijzigd}`);
    }
  }
  try {
    // The new file keeps the permissions of the one it replaces.
    const modus = bestond ? fs.statSync(pad).mode & 0o777 : 0o644;
    vervang(
      pad,
      (tmp) => {
        schrijfBestand(tmp, inhoud, bfs, modus);
        nogOrigineel();
      },
      bfs,
    );
  } catch (e) {
    if (e instanceof SchrijfFout) throw e;
    throw new SchrijfFout(`kan ${doel} niet schrijven (${reden(e)}); ${ongewijzigd}`);
  }
}

function echtPad(pad: string): string {
  try {
    return fs.lstatSync(pad).isSymbolicLink() ? fs.realpathSync(pad) : pad;
  } catch {
    return pad; // a dangling link or no file: written as named
  }
}

/** Whether two paths name the same file (the target of an in-place fill). */
export function zelfdeBestand(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    const x = fs.statSync(a);
    const y = fs.statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}
