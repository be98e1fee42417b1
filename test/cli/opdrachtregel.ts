// The command line as a user runs it (tsx src/cli/main.ts), for the CLI tests: exit code, stdout, stderr.
import { spawnSync } from "node:child_process";
import { join } from "node:path";

export const ROOT = join(__dirname, "../..");
const TSX = require.resolve("tsx/cli");

export function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [TSX, "src/cli/main.ts", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
