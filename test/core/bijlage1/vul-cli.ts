// The CLI's fill command as the layout-corpus tests run it: in this process (fast, for dozens of
// workbooks) or as a real process through tsx (what a user runs), both with --json.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { run as fill } from "../../../src/cli/commands/fill";

const ROOT = join(__dirname, "../../..");
const TSX = require.resolve("tsx/cli");

/** The settlement fields of `fill --json` that the layout corpora compare with their own answers. */
export const AFREKENING_VELDEN = [
  "gemeente",
  "jaar",
  "voorcalculatie",
  "nacalculatie",
  "voorschottenBetaald",
  "saldo",
] as const;

/** What `fill --json` prints; `A` is the settlement shape a test compares against. */
export interface FillJson<A> {
  gevuld: boolean;
  geweigerd?: string;
  afrekening?: A;
  bevindingen: { ernst: string; code: string; bericht: string; blad?: string; cel?: string }[];
}

export async function vulInProces<A>(
  pad: string,
  uit: string,
): Promise<{ exit: number; json?: FillJson<A> }> {
  let stdout = "";
  const spion = jest.spyOn(process.stdout, "write").mockImplementation((s: string | Uint8Array) => {
    stdout += typeof s === "string" ? s : Buffer.from(s).toString("utf8");
    return true;
  });
  const spionFout = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
  try {
    const exit = await fill([pad, "--out", uit, "--json"]);
    return { exit, json: stdout ? (JSON.parse(stdout) as FillJson<A>) : undefined };
  } finally {
    spion.mockRestore();
    spionFout.mockRestore();
  }
}

export function vulViaCli<A>(pad: string, uit: string): { exit: number; json?: FillJson<A> } {
  const r = spawnSync(process.execPath, [TSX, "src/cli/main.ts", "fill", pad, "--out", uit, "--json"], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { exit: r.status ?? -1, json: r.stdout ? (JSON.parse(r.stdout) as FillJson<A>) : undefined };
}
