import ExcelJS from "exceljs";
import { werkboekNaarGrids } from "./src/cli/xlsx-grid";
import { controleerBijlage1 } from "./src/core/bijlage1";
(async () => {
  for (const f of ["bijlage1-2023-wierden-rekenfouten.xlsx","bijlage1-2023-tubbergen-diensten.xlsx","bijlage1-2023-almelo-structuur.xlsx"]) {
  const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile("assets/bijlage1/kapot/"+f);
  console.log(f, controleerBijlage1(werkboekNaarGrids(wb)).bevindingen.map(b=>`${b.ernst} ${b.code}@${b.blad}!${b.cel}`));
  }
})();
