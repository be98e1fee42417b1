// The functions bundle as webpack builds it for Excel: the metadata plugin writes functions.json
// and appends CustomFunctions.associate for every function, and the ES-module build keeps them
// all. The bundle is run in a fresh V8 context whose only global is a CustomFunctions host.
import { CustomFunctionsError } from "./customfunctions-dubbel";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import vm from "node:vm";
import webpack from "webpack";

const ROOT = join(__dirname, "..", "..");

async function bouwFuncties(): Promise<string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const maakConfig = require(join(ROOT, "webpack.config.js")) as (
    env: object,
    argv: object,
  ) => webpack.Configuration;
  const volledig = maakConfig({}, { mode: "production" });
  const uit = mkdtempSync(join(tmpdir(), "functions-bundel-"));
  const config: webpack.Configuration = {
    ...volledig,
    context: ROOT,
    entry: { functions: "./src/functions/functions.ts" },
    output: { path: uit, filename: "[name].js" },
    devtool: false,
    // Type checking is `npm run typecheck`'s job; here only the wiring counts (and the build is faster).
    module: {
      rules: (volledig.module?.rules ?? []).map((regel) =>
        regel && typeof regel === "object" && typeof regel.use === "object" && !Array.isArray(regel.use)
          ? {
              ...regel,
              use: { ...regel.use, options: { ...(regel.use.options as object), transpileOnly: true } },
            }
          : regel,
      ),
    },
    plugins: (volledig.plugins ?? []).filter((p) => p?.constructor.name === "CustomFunctionsMetadataPlugin"),
  };
  await new Promise<void>((klaar, mislukt) => {
    webpack(config, (fout, stats) => {
      if (fout) return mislukt(fout);
      if (stats?.hasErrors()) return mislukt(new Error(stats.toString({ all: false, errors: true })));
      klaar();
    });
  });
  return uit;
}

describe("functions.js uit de productiebouw", () => {
  let map: string;
  const geassocieerd = new Map<string, (...args: unknown[]) => unknown>();

  beforeAll(async () => {
    map = await bouwFuncties();
    const bundel = readFileSync(join(map, "functions.js"), "utf8");
    const host = {
      CustomFunctions: {
        associate: (id: string, f: (...args: unknown[]) => unknown) => geassocieerd.set(id, f),
        Error: CustomFunctionsError,
        ErrorCode: (globalThis as unknown as { CustomFunctions: { ErrorCode: object } }).CustomFunctions
          .ErrorCode,
      },
    };
    vm.runInNewContext(bundel, host, { filename: "functions.js" });
  }, 120000);

  test("koppelt elke functie die functions.json declareert", () => {
    const metadata = JSON.parse(readFileSync(join(map, "functions.json"), "utf8")) as {
      functions: { id: string }[];
    };
    expect(metadata.functions).toHaveLength(15);
    expect([...geassocieerd.keys()].sort()).toEqual(metadata.functions.map((f) => f.id).sort());
  });

  test("de gebundelde functies rekenen en melden fouten zoals de bronnen", () => {
    const roep = (id: string, ...args: unknown[]) => {
      const f = geassocieerd.get(id);
      if (!f) throw new Error(`${id} niet geassocieerd`);
      return f(...args);
    };
    expect(roep("OPRESULT", [[3017000]], [[3930000]], 443)).toBe(-2060.95);
    expect(roep("VOORSCHOT", "100.000,01", 12, 1)).toBe(8333.34);
    expect(roep("BSN", "111222333")).toBe(true);
    let fout: unknown;
    try {
      roep("SOLVABILITEIT", 1, 0);
    } catch (e) {
      fout = e;
    }
    expect(fout).toBeInstanceOf(CustomFunctionsError);
    expect((fout as CustomFunctionsError).code).toBe("#DIV/0!");
  });
});
