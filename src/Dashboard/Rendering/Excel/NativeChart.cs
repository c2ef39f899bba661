using Dashboard.Rendering.Charts;

namespace Dashboard.Rendering.Excel;

/// <summary>A series of a native chart: a name, a colour and the cells it reads, with their current values.</summary>
/// <param name="Name">Legend text.</param>
/// <param name="Colour">Hex fill colour.</param>
/// <param name="Values">Reference to the cells, e.g. 'Charts'!$F$40:$F$45.</param>
/// <param name="Cached">The cells' values now (null for a blank cell), shown until the spreadsheet recalculates.</param>
internal sealed record NativeSeries(string Name, string Colour, string Values, IReadOnlyList<double?> Cached);

/// <summary>A chart on the Charts sheet, placed at a cell and sized in pixels.</summary>
/// <param name="Title">Title.</param>
/// <param name="SourceLine">Where the figures come from: written in the cell above the chart, because
/// LibreOffice draws a two-paragraph title in the first paragraph's size.</param>
/// <param name="Description">Alternative text for the chart object.</param>
/// <param name="AxisTitle">The value axis's title (the unit).</param>
/// <param name="Categories">Reference to the bar labels.</param>
/// <param name="CategoryLabels">The labels now.</param>
/// <param name="Series">Stacked series, in drawing order.</param>
/// <param name="Row">0-based row of the top-left corner; the source line is in the row above.</param>
/// <param name="Column">0-based column of the top-left corner.</param>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
internal sealed record NativeChart(string Title, string SourceLine, string Description, string AxisTitle, string Categories,
    IReadOnlyList<string> CategoryLabels, IReadOnlyList<NativeSeries> Series, int Row, int Column, int Width, int Height)
{
    private const long EmuPerPixel = 9525;

    /// <summary>
    /// The chart part (DrawingML): horizontal bars, stacked, categories top to bottom, the value
    /// axis at the bottom with a count format.
    /// </summary>
    public byte[] ChartXml()
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8Xml(stream))
        {
            w.Raw("<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>\n<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"u8);
            w.Raw("<c:roundedCorners val=\"0\"/><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/>"u8);
            w.Raw("<a:p><a:pPr><a:defRPr sz=\"1300\" b=\"1\"/></a:pPr><a:r><a:rPr lang=\"en-GB\" sz=\"1300\" b=\"1\"/><a:t>"u8).Text(Title).Raw("</a:t></a:r></a:p>"u8);
            w.Raw("</c:rich></c:tx><c:overlay val=\"0\"/></c:title><c:autoTitleDeleted val=\"0\"/><c:plotArea><c:layout/>"u8);
            w.Raw("<c:barChart><c:barDir val=\"bar\"/><c:grouping val=\"stacked\"/><c:varyColors val=\"0\"/>"u8);
            for (var s = 0; s < Series.Count; s++)
            {
                var series = Series[s];
                w.Raw("<c:ser><c:idx val=\""u8).Integer(s).Raw("\"/><c:order val=\""u8).Integer(s).Raw("\"/><c:tx><c:v>"u8).Text(series.Name).Raw("</c:v></c:tx>"u8);
                w.Raw("<c:spPr><a:solidFill><a:srgbClr val=\""u8).Text(series.Colour.TrimStart('#')).Raw("\"/></a:solidFill></c:spPr><c:invertIfNegative val=\"0\"/>"u8);
                w.Raw("<c:cat><c:strRef><c:f>"u8).Text(Categories).Raw("</c:f><c:strCache><c:ptCount val=\""u8).Integer(CategoryLabels.Count).Raw("\"/>"u8);
                for (var i = 0; i < CategoryLabels.Count; i++) w.Raw("<c:pt idx=\""u8).Integer(i).Raw("\"><c:v>"u8).Text(CategoryLabels[i]).Raw("</c:v></c:pt>"u8);
                w.Raw("</c:strCache></c:strRef></c:cat>"u8);
                w.Raw("<c:val><c:numRef><c:f>"u8).Text(series.Values).Raw("</c:f><c:numCache><c:formatCode>#,##0</c:formatCode><c:ptCount val=\""u8).Integer(series.Cached.Count).Raw("\"/>"u8);
                for (var i = 0; i < series.Cached.Count; i++)
                {
                    if (series.Cached[i] is { } v) w.Raw("<c:pt idx=\""u8).Integer(i).Raw("\"><c:v>"u8).Number(v).Raw("</c:v></c:pt>"u8);
                }
                w.Raw("</c:numCache></c:numRef></c:val></c:ser>"u8);
            }
            w.Raw("<c:gapWidth val=\"50\"/><c:overlap val=\"100\"/><c:axId val=\"1001\"/><c:axId val=\"1002\"/></c:barChart>"u8);
            // Categories run top to bottom (maxMin), so the value axis crosses at the last one: the bottom.
            w.Raw("<c:catAx><c:axId val=\"1001\"/><c:scaling><c:orientation val=\"maxMin\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"l\"/><c:numFmt formatCode=\"General\" sourceLinked=\"0\"/><c:majorTickMark val=\"none\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"1002\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/><c:noMultiLvlLbl val=\"0\"/></c:catAx>"u8);
            w.Raw("<c:valAx><c:axId val=\"1002\"/><c:scaling><c:orientation val=\"minMax\"/><c:min val=\"0\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"b\"/><c:majorGridlines/>"u8);
            w.Raw("<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"1000\" b=\"0\"/></a:pPr><a:r><a:rPr lang=\"en-GB\" sz=\"1000\" b=\"0\"/><a:t>"u8).Text(AxisTitle).Raw("</a:t></a:r></a:p></c:rich></c:tx><c:overlay val=\"0\"/></c:title>"u8);
            w.Raw("<c:numFmt formatCode=\"#,##0\" sourceLinked=\"0\"/><c:majorTickMark val=\"out\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"1001\"/><c:crosses val=\"max\"/><c:crossBetween val=\"between\"/></c:valAx>"u8);
            w.Raw("</c:plotArea><c:legend><c:legendPos val=\"b\"/><c:overlay val=\"0\"/></c:legend><c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/></c:chart></c:chartSpace>"u8);
        }
        return stream.ToArray();
    }

    /// <summary>The anchor of this chart in the sheet's drawing part.</summary>
    public void WriteAnchor(Utf8Xml w, int index, string relationshipId)
    {
        w.Raw("<xdr:oneCellAnchor><xdr:from><xdr:col>"u8).Integer(Column).Raw("</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>"u8).Integer(Row).Raw("</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>"u8);
        w.Raw("<xdr:ext cx=\""u8).Integer(Width * EmuPerPixel).Raw("\" cy=\""u8).Integer(Height * EmuPerPixel).Raw("\"/>"u8);
        w.Raw("<xdr:graphicFrame macro=\"\"><xdr:nvGraphicFramePr><xdr:cNvPr id=\""u8).Integer(index + 2).Raw("\" name=\"Chart "u8).Integer(index + 1)
            .Raw("\" descr=\""u8).Text(Description).Raw("\"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>"u8);
        w.Raw("<xdr:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/></xdr:xfrm><a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\">"u8);
        w.Raw("<c:chart xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" r:id=\""u8).Text(relationshipId).Raw("\"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:oneCellAnchor>"u8);
    }

    /// <summary>The fill of the uncertain part of a bar.</summary>
    public static string Lighter(string colour) => Palette.Lighter(colour);
}

/// <summary>The charts drawn on one sheet.</summary>
internal sealed record Drawing(IReadOnlyList<NativeChart> Charts)
{
    /// <summary>The drawing part, anchoring each chart; chart k is relationship "rIdChart{k+1}".</summary>
    public byte[] DrawingXml()
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8Xml(stream))
        {
            w.Raw("<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>\n<xdr:wsDr xmlns:xdr=\"http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"u8);
            for (var k = 0; k < Charts.Count; k++) Charts[k].WriteAnchor(w, k, RelationshipId(k));
            w.Raw("</xdr:wsDr>"u8);
        }
        return stream.ToArray();
    }

    public static string RelationshipId(int chart) => "rIdChart" + (chart + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
