REM Run by test/cli/pakket/corpus.ts in a fresh LibreOffice profile: opens a bijlage-1 workbook and adds
REM what the fill must not lose (a chart, a pivot table, a note, named cell styles, a custom document
REM property, a header on another sheet), then saves it as .xlsx.
Sub Maak(bron As String, doel As String)
  Dim laad(0) As New com.sun.star.beans.PropertyValue
  laad(0).Name = "Hidden"
  laad(0).Value = True
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(bron), "_blank", 0, laad())
  bladen = doc.Sheets
  bladen.insertNewByName("Analyse", bladen.Count)
  idx = bladen.Count - 1
  ws = bladen.getByIndex(idx)
  ws.getCellByPosition(0, 0).String = "Maand"
  ws.getCellByPosition(1, 0).String = "Bedrag"
  ws.getCellByPosition(2, 0).String = "Soort"
  For i = 1 To 6
    ws.getCellByPosition(0, i).String = "M" & i
    ws.getCellByPosition(1, i).Value = i * 100
    If i Mod 2 = 0 Then
      ws.getCellByPosition(2, i).String = "even"
    Else
      ws.getCellByPosition(2, i).String = "oneven"
    End If
  Next i

  Dim vak As New com.sun.star.awt.Rectangle
  vak.X = 9000
  vak.Y = 500
  vak.Width = 10000
  vak.Height = 7000
  Dim reeksen(0) As New com.sun.star.table.CellRangeAddress
  reeksen(0).Sheet = idx
  reeksen(0).StartColumn = 0
  reeksen(0).StartRow = 0
  reeksen(0).EndColumn = 1
  reeksen(0).EndRow = 6
  ws.Charts.addNewByName("Grafiek", vak, reeksen(), True, True)

  tabellen = ws.DataPilotTables
  beschrijving = tabellen.createDataPilotDescriptor()
  Dim bronvak As New com.sun.star.table.CellRangeAddress
  bronvak.Sheet = idx
  bronvak.StartColumn = 0
  bronvak.StartRow = 0
  bronvak.EndColumn = 2
  bronvak.EndRow = 6
  beschrijving.setSourceRange(bronvak)
  velden = beschrijving.getDataPilotFields()
  soort = velden.getByIndex(2)
  soort.Orientation = com.sun.star.sheet.DataPilotFieldOrientation.ROW
  bedrag = velden.getByIndex(1)
  bedrag.Orientation = com.sun.star.sheet.DataPilotFieldOrientation.DATA
  bedrag.Function = com.sun.star.sheet.GeneralFunction.SUM
  Dim plek As New com.sun.star.table.CellAddress
  plek.Sheet = idx
  plek.Column = 0
  plek.Row = 20
  tabellen.insertNewByName("Draaitabel", plek, beschrijving)

  Dim notitie As New com.sun.star.table.CellAddress
  notitie.Sheet = idx
  notitie.Column = 4
  notitie.Row = 2
  ws.Annotations.insertNew(notitie, "Notitie van de gebruiker")

  stijlen = doc.StyleFamilies.getByName("CellStyles")
  For i = 1 To 3
    st = doc.createInstance("com.sun.star.style.CellStyle")
    stijlen.insertByName("Eigen stijl " & i, st)
    st.CellBackColor = RGB(200, 220, 200 + i * 10)
    st.CharWeight = com.sun.star.awt.FontWeight.BOLD
    ws.getCellByPosition(0, i).CellStyle = "Eigen stijl " & i
  Next i

  doc.DocumentProperties.UserDefinedProperties.addProperty("Project", 128, "Ontplooj-afrekening")

  paginastijl = doc.StyleFamilies.getByName("PageStyles").getByName(ws.PageStyle)
  paginastijl.HeaderIsOn = True
  kop = paginastijl.RightPageHeaderContent
  kop.CenterText.String = "Analyse Ontplooj"
  paginastijl.RightPageHeaderContent = kop

  Dim opslaan(0) As New com.sun.star.beans.PropertyValue
  opslaan(0).Name = "FilterName"
  opslaan(0).Value = "Calc MS Excel 2007 XML"
  doc.storeToURL(ConvertToURL(doel), opslaan())
  doc.close(True)
  StarDesktop.terminate()
End Sub
