// Atomic output: an in-place fill killed with SIGKILL at any moment leaves the original or the
// complete new workbook, never a mix; a write that fails (a simulated failure, a full tmpfs)
// leaves the original untouched and says so in Dutch.
import { spawn, spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import * as fs from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { laadWerkmap, vulWerkmap } from "../../../src/cli/bijlage1-bestand";
import { schrijfVeilig, SchrijfFout, type Bestandssysteem } from "../../../src/cli/pakket/veilig-schrijven";
import { voorbeeldBestandsnaam } from "../../../src/voorbeelden/bijlage1";

const ROOT = join(__dirname, "../../..");
const BRON = join(ROOT, "assets/bijlage1", voorbeeldBestandsnaam("Almelo"));
const werk = mkdtempSync(join(tmpdir(), "ontplooj-atomair-"));

/** The CLI in one process (no tsx wrapper process), so SIGKILL stops the writer itself. */
function start(...args: string[]) {
  return spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
    cwd: ROOT,
    stdio: "ignore",
  });
}

function wacht(kind: ReturnType<typeof start>): Promise<number | null> {
  return new Promise((klaar) => kind.on("exit", (code) => klaar(code)));
}

let nieuw: Buffer;
const origineel = readFileSync(BRON);

beforeAll(async () => {
  const { inhoud } = await vulWerkmap(BRON, await laadWerkmap(BRON), false);
  nieuw = inhoud!;
});

describe("kill -9 tijdens een vulling op zichzelf", () => {
  test("20 pogingen: het bestand is altijd het origineel of de volledige nieuwe werkmap", async () => {
    // How long a whole fill takes here, to spread the kills over it (and a bit beyond).
    const proef = join(werk, "proef.xlsx");
    copyFileSync(BRON, proef);
    const t0 = process.hrtime.bigint();
    expect(await wacht(start("fill", proef, "--out", proef))).toBe(0);
    const duur = Number(process.hrtime.bigint() - t0) / 1e6;
    expect(readFileSync(proef).equals(nieuw)).toBe(true);

    const uitkomsten: string[] = [];
    for (let reeks = 0; reeks < 4; reeks++) {
      await Promise.all(
        Array.from({ length: 5 }, async (_, i) => {
          const map = join(werk, `poging-${reeks}-${i}`);
          mkdirSync(map);
          const pad = join(map, "werkmap.xlsx");
          copyFileSync(BRON, pad);
          const kind = start("fill", pad, "--out", pad);
          const klaar = wacht(kind);
          // Half the kills fall anywhere in the run; the other half just after the first temporary
          // file appears, i.e. while the backup or the new workbook is being written, flushed or renamed.
          const opSchrijven = (reeks * 5 + i) % 2 === 1;
          let timer: NodeJS.Timeout | undefined;
          const kill = () => kind.kill("SIGKILL");
          const wachter = opSchrijven
            ? fs.watch(map, (_soort, naam) => {
                if (timer || !String(naam).endsWith(".tmp")) return;
                timer = setTimeout(kill, Math.random() * 400);
              })
            : undefined;
          if (!opSchrijven) timer = setTimeout(kill, Math.random() * duur * 1.1);
          await klaar;
          wachter?.close();
          clearTimeout(timer);
          const nu = readFileSync(pad);
          const staat = nu.equals(origineel) ? "origineel" : nu.equals(nieuw) ? "nieuw" : "KAPOT";
          uitkomsten.push(staat);
          // The backup, when there is one, is the complete original.
          if (existsSync(`${pad}.bak`)) expect(readFileSync(`${pad}.bak`).equals(origineel)).toBe(true);
          // Whatever is left besides: only our own temporary files, never the target.
          for (const f of readdirSync(map))
            expect(f).toMatch(/^(werkmap\.xlsx(\.bak)?|\.werkmap\.xlsx(\.bak)?\.\d+\.[a-z0-9]+\.tmp)$/);
        }),
      );
    }
    expect(uitkomsten).toHaveLength(20);
    expect(uitkomsten.filter((u) => u === "KAPOT")).toEqual([]);
  }, 300_000);
});

/** The real file system, with one call replaced. */
function met(vervang: Partial<Bestandssysteem>): Bestandssysteem {
  return {
    openSync: fs.openSync,
    writeSync: (fd, data, offset, length) => fs.writeSync(fd, data, offset, length),
    fsyncSync: fs.fsyncSync,
    closeSync: fs.closeSync,
    renameSync: fs.renameSync,
    copyFileSync: fs.copyFileSync,
    unlinkSync: fs.unlinkSync,
    ...vervang,
  };
}

function fout(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(code), { code });
}

describe("een mislukte schrijfactie laat het origineel intact", () => {
  test("schijf vol halverwege, fsync faalt, hernoemen faalt: origineel ongewijzigd, geen restbestanden", () => {
    const gevallen: [string, Partial<Bestandssysteem>, RegExp][] = [
      [
        "vol",
        {
          writeSync: (fd, data, offset, length) => {
            fs.writeSync(fd, data, offset, Math.min(length, 4096));
            throw fout("ENOSPC");
          },
        },
        /de schijf is vol/,
      ],
      [
        "fsync",
        {
          fsyncSync: () => {
            throw fout("EIO");
          },
        },
        /schrijffout van de schijf/,
      ],
      [
        "hernoemen",
        {
          renameSync: () => {
            throw fout("EACCES");
          },
        },
        /geen schrijfrechten/,
      ],
    ];
    for (const [naam, vervang, reden] of gevallen) {
      const map = join(werk, `mislukt-${naam}`);
      mkdirSync(map);
      const pad = join(map, "werkmap.xlsx");
      copyFileSync(BRON, pad);
      let melding = "";
      try {
        schrijfVeilig(pad, nieuw, { fs: met(vervang) });
      } catch (e) {
        expect(e).toBeInstanceOf(SchrijfFout);
        melding = (e as Error).message;
      }
      expect(melding).toMatch(reden);
      expect(melding).toContain("is niet gewijzigd");
      expect(readFileSync(pad).equals(origineel)).toBe(true);
      expect(readdirSync(map)).toEqual(["werkmap.xlsx"]);
    }
  });

  test("de nieuwe werkmap houdt de rechten van het bestand dat hij vervangt; .bak is het origineel", () => {
    const map = join(werk, "rechten");
    mkdirSync(map);
    const pad = join(map, "werkmap.xlsx");
    copyFileSync(BRON, pad);
    fs.chmodSync(pad, 0o600);
    schrijfVeilig(pad, nieuw, { backup: true });
    expect(fs.statSync(pad).mode & 0o777).toBe(0o600);
    expect(readFileSync(pad).equals(nieuw)).toBe(true);
    expect(readFileSync(`${pad}.bak`).equals(origineel)).toBe(true);
    expect(readdirSync(map).sort()).toEqual(["werkmap.xlsx", "werkmap.xlsx.bak"]);
  });

  test("een nieuw bestand in een map die niet bestaat: exit 2, 'er is niets geschreven'", () => {
    const r = spawnSync(
      process.execPath,
      ["--import", "tsx", "src/cli/main.ts", "fill", BRON, "--out", join(werk, "bestaat-niet", "uit.xlsx")],
      { cwd: ROOT, encoding: "utf8" },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `Fout: kan ${join(werk, "bestaat-niet", "uit.xlsx")} niet schrijven (de map bestaat niet); er is niets geschreven\n`,
    );
  });
});

/** A tiny tmpfs: only where this process may mount (root in a container that allows it). */
function mountTmpfs(map: string, grootte: number): boolean {
  if (process.platform !== "linux" || process.getuid?.() !== 0) return false;
  return spawnSync("mount", ["-t", "tmpfs", "-o", `size=${grootte}`, "tmpfs", map]).status === 0;
}

describe("een echt volle schijf (tmpfs)", () => {
  const map = join(werk, "tmpfs");
  mkdirSync(map);
  // Room for the original and a little more, not for a second copy beside it.
  const gemount = mountTmpfs(map, Math.ceil((origineel.length + 8192) / 4096) * 4096);
  afterAll(() => {
    if (gemount) spawnSync("umount", [map]);
  });
  if (!gemount)
    console.warn("tmpfs kan hier niet worden aangekoppeld: de test met een volle schijf wordt overgeslagen.");
  (gemount ? test : test.skip)(
    "vullen op zichzelf op een volle schijf: exit 2, origineel intact, melding zegt het",
    () => {
      const pad = join(map, "werkmap.xlsx");
      writeFileSync(pad, origineel);
      for (const extra of [["--geen-backup"], []]) {
        const r = spawnSync(
          process.execPath,
          ["--import", "tsx", "src/cli/main.ts", "fill", pad, "--out", pad, ...extra],
          {
            cwd: ROOT,
            encoding: "utf8",
          },
        );
        expect(r.status).toBe(2);
        expect(r.stderr).toMatch(
          /^Fout: kan (geen reservekopie )?.*(de schijf is vol).*is niet gewijzigd\n$/,
        );
        expect(readFileSync(pad).equals(origineel)).toBe(true);
        expect(readdirSync(map)).toEqual(["werkmap.xlsx"]);
      }
    },
  );
});
