// Builds the add-in: one page (taskpane.html) that loads office.js and two bundles, the task pane
// and the custom functions, which share that page's runtime (manifest.xml: SharedRuntime 1.1).
//
//   npm run build                      production build into dist/, office.js from Microsoft's CDN;
//                                      manifest.xml keeps the development URLs (https://localhost:3000/)
//   ADDIN_URL=https://host/pad/ npm run build   (or: webpack --env urlProd=https://host/pad/) the same
//                                      build with every manifest URL under that base (scripts/productie.js
//                                      checks it and refuses anything odd); npm run package wraps this for IT
//   --env bronkaarten=nee              no source maps (npm run package does this unless asked)
//   OFFICE_JS=local npm run build      (or: webpack --env officejs=local) the page loads a local
//                                      copy of office.js from dist/office-js/, for offline browser tests
//   npm start                          https dev server on https://localhost:3000 (certificates in .certs/)
//
// ts-loader compiles with tsconfig.webpack.json (ES modules, so Fluent UI tree-shakes); jest keeps
// tsconfig.json (commonjs).
//
// Syntax and library: ES2020 (Safari 14), the WebKit of the oldest Mac that runs a supported Excel;
// test/manifest/syntaxis.test.ts parses the built bundles at that level.
//
// One copy of the core on the page: taskpane.js depends on functions.js (entry.dependOn), so
// decimal.js and the core modules the custom functions use are shipped once, in functions.js.
// functions.js stays whole on its own (Excel may load it as the custom-functions script), while
// taskpane.js needs functions.js before it, as taskpane.html loads them. functions.js stays a
// deferred script, not a chunk loaded after the first paint: Excel may call the functions as soon
// as the page has loaded, and a later CustomFunctions.associate gives #VALUE! (office-js#4769).
const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const MiniCssExtractPlugin = require("mini-css-extract-plugin");
const { GriffelCSSExtractionPlugin } = require("@griffel/webpack-extraction-plugin");
const {
  OFFICE_JS_CDN,
  ProductieFout,
  contentSecurityPolicy,
  controleerAddinUrl,
  manifestVersie,
  manifestVoorAdres,
} = require("./scripts/productie");
const OFFICE_JS_LOKAAL = "office-js/office.js";
const OFFICE_JS_BRON = path.dirname(require.resolve("@microsoft/office-js/package.json")) + "/dist";
const POORT = 3000;
const CERTS = path.resolve(__dirname, ".certs");

/**
 * The files of @microsoft/office-js a page outside Office requests (checked in headless Chromium:
 * office.js and its file table), plus the English and Dutch strings. The whole package is 86 MB;
 * the Excel host scripts are only loaded inside Office, where the page uses the CDN.
 */
const OFFICE_JS_BESTANDEN = [
  "office.js",
  "o15apptofilemappingtable.js",
  "en-us/office_strings.js",
  "nl-nl/office_strings.js",
];

function httpsOpties() {
  const sleutel = path.join(CERTS, "localhost.key");
  const certificaat = path.join(CERTS, "localhost.crt");
  const ca = path.join(CERTS, "ca.crt");
  if (!fs.existsSync(sleutel) || !fs.existsSync(certificaat)) {
    throw new Error(
      "Geen ontwikkelcertificaten in .certs/: draai eerst `node scripts/dev-certs.js` (npm start doet dat).",
    );
  }
  return {
    key: fs.readFileSync(sleutel),
    cert: fs.readFileSync(certificaat),
    ca: fs.existsSync(ca) ? fs.readFileSync(ca) : undefined,
  };
}

module.exports = (env = {}, argv = {}) => {
  try {
    return maakConfig(env, argv);
  } catch (fout) {
    // Run by webpack-cli (npm run build): a refused ADDIN_URL or version is a message for the person
    // building, not a stack trace. Required by a test, the error is thrown as usual.
    if (fout instanceof ProductieFout && env.WEBPACK_BUILD) {
      console.error(`Bouwen gestopt. ${fout.message}`);
      process.exit(2);
    }
    throw fout;
  }
};

function maakConfig(env, argv) {
  const productie = argv.mode !== "development";
  const lokaleOfficeJs = (env.officejs || process.env.OFFICE_JS || "cdn") === "local";
  const serveer = Boolean(env.WEBPACK_SERVE);
  // The dev server always serves the development manifest (npm start stays as it is).
  const adresGevraagd = serveer ? undefined : (env.urlProd ?? process.env.ADDIN_URL);
  const adres = adresGevraagd === undefined ? {} : controleerAddinUrl(adresGevraagd);
  const versie = manifestVersie(require("./package.json").version);
  const bronkaarten = !["nee", "uit", "false", "0", false].includes(
    env.bronkaarten ?? process.env.BRONKAARTEN ?? "ja",
  );

  return {
    mode: productie ? "production" : "development",
    // No eval-based source maps: the page's CSP does not allow eval.
    devtool: bronkaarten ? "source-map" : false,
    target: ["web", "es2020"],
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: { import: "./src/taskpane/index.tsx", dependOn: "functions" },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // Sections and checks loaded on first use (React.lazy, import()).
      chunkFilename: "deel/[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs", ".json"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { configFile: path.resolve(__dirname, "tsconfig.webpack.json") },
          },
        },
        // Fluent UI's styles at build time (Griffel): @griffel/webpack-loader turns our makeStyles
        // calls into precomputed class names and CSS (Fluent's own packages ship that way), and the
        // extraction loader moves all that CSS out of the scripts into one stylesheet. Both run
        // after ts-loader / the ES2020 loader ("post"; of two post rules the later one runs first).
        {
          test: /\.(m?js|tsx?)$/,
          include: [path.resolve(__dirname, "src"), /node_modules[\\/]@fluentui[\\/]/],
          enforce: "post",
          use: GriffelCSSExtractionPlugin.loader,
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          enforce: "post",
          use: [
            {
              loader: "@griffel/webpack-loader",
              options: {
                modules: [
                  {
                    moduleSource: "@fluentui/react-components",
                    importName: "makeStyles",
                    resetImportName: "makeResetStyles",
                  },
                ],
              },
            },
          ],
        },
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, "css-loader"] },
        {
          // Dependencies with syntax newer than ES2020 (see scripts/es2020-loader.js).
          test: /\.m?js$/,
          include: /node_modules/,
          use: path.resolve(__dirname, "scripts/es2020-loader.js"),
        },
        {
          test: /\.(png|jpe?g|gif|svg)$/i,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext]" },
        },
      ],
    },
    performance: {
      // The task pane with React and Fluent UI is ~300 KiB raw; warn only well above that.
      maxEntrypointSize: 800 * 1024,
      maxAssetSize: 800 * 1024,
      assetFilter: (bestand) => bestand.endsWith(".js") && !bestand.startsWith("office-js/"),
    },
    plugins: [
      new MiniCssExtractPlugin({ filename: "[name].css", ignoreOrder: true }),
      new GriffelCSSExtractionPlugin(),
      // Generates functions.json from the JSDoc of functions.ts, fails the build on a bad JSDoc
      // and appends the CustomFunctions.associate(id, function) calls to that file.
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: the custom functions run in the task pane's page.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        scriptLoading: "defer",
        inject: "head",
        templateParameters: {
          officeJsUrl: lokaleOfficeJs ? OFFICE_JS_LOKAAL : OFFICE_JS_CDN,
          contentSecurityPolicy: contentSecurityPolicy(),
        },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (inhoud) => manifestVoorAdres(inhoud.toString("utf8"), { ...adres, versie }),
          },
          ...(lokaleOfficeJs
            ? OFFICE_JS_BESTANDEN.map((f) => ({
                from: path.join(OFFICE_JS_BRON, f),
                to: "office-js/" + f,
                // Microsoft's files are served as published, not minified again.
                info: { minimized: true },
              }))
            : []),
        ],
      }),
    ],
    devServer: {
      port: POORT,
      host: "localhost",
      hot: false,
      liveReload: true,
      headers: { "Access-Control-Allow-Origin": "*" },
      // Everything is served from the in-memory build (including manifest.xml and the icons).
      static: false,
      server: serveer ? { type: "https", options: httpsOpties() } : "https",
      client: { overlay: { warnings: false, errors: true } },
    },
  };
}
