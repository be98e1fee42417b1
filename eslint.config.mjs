import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "coverage/", "test-artifacts/", "out/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Build and helper scripts run in Node.
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: globals.node },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  { files: ["**/*.mjs"], languageOptions: { sourceType: "module", globals: globals.node } },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The pure core never reaches for the console, Office, React or the file system.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-console": "error",
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            "react",
            "react-dom",
            "@fluentui/*",
            "fs",
            "node:*",
            "path",
            "exceljs",
            "*/excel/*",
            "*/taskpane/*",
            "*/cli/*",
          ],
        },
      ],
      "no-restricted-globals": ["error", "Office", "Excel", "CustomFunctions", "process"],
    },
  },
  {
    // Only the CLI, the sample generators' scripts and the benches print; everything else returns data.
    files: ["src/**/*.ts", "src/**/*.tsx"],
    ignores: ["src/cli/**", "src/voorbeelden/maak-*.ts"],
    rules: { "no-console": "error" },
  },
);
