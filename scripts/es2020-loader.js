// webpack loader: lowers the syntax of a dependency's code to ES2020, the level the task pane's
// oldest WebKit (Safari 14, Office on Mac) parses. Our own code gets there through ts-loader; some
// packages ship newer syntax (tabster: `??=`). esbuild only rewrites what is newer and leaves
// import/export for webpack.
const { transform } = require("esbuild");

module.exports = function es2020Loader(bron, kaart) {
  const klaar = this.async();
  transform(bron, {
    loader: "js",
    target: "es2020",
    sourcemap: this.sourceMap ? "external" : false,
    sourcefile: this.resourcePath,
  }).then(
    (uit) => klaar(null, uit.code, uit.map ? JSON.parse(uit.map) : kaart),
    (fout) => klaar(fout),
  );
};
