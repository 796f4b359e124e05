using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SpmAudit.Reporting.Questionnaire;

/// <summary>The few cell styles of a questionnaire, by their index in the stylesheet's cell formats.</summary>
internal static class WorkbookStyles
{
    public const uint Default = 0;
    public const uint Title = 1;
    public const uint Header = 2;
    public const uint Group = 3;
    public const uint Indicator = 4;
    public const uint Wrapped = 5;
    public const uint Key = 6;
    public const uint Answer = 7;
    public const uint AnswerPercent = 8;
    public const uint AnswerDate = 9;
    public const uint AnswerWrapped = 10;

    /// <summary>Number format of dates: ISO, the form the evidence packs use.</summary>
    private const uint DateFormat = 164;

    public static Stylesheet Create()
    {
        var fonts = new Fonts(
            Font(),
            Font(bold: true),
            Font(bold: true, size: 14),
            Font(italic: true),
            Font(color: "FF595959", size: 10));
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            Solid("FFD9D9D9"),
            Solid("FFDDEBF7"),
            Solid("FFFFF2CC"),
            Solid("FFF2F2F2"));
        var thin = new Border(
            new LeftBorder { Style = BorderStyleValues.Thin, Color = new Color { Rgb = "FFBFBFBF" } },
            new RightBorder { Style = BorderStyleValues.Thin, Color = new Color { Rgb = "FFBFBFBF" } },
            new TopBorder { Style = BorderStyleValues.Thin, Color = new Color { Rgb = "FFBFBFBF" } },
            new BottomBorder { Style = BorderStyleValues.Thin, Color = new Color { Rgb = "FFBFBFBF" } },
            new DiagonalBorder());
        var borders = new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), thin);
        var formats = new CellFormats(
            Format(0, 0, 0, 0, wrap: false),      // Default
            Format(2, 0, 0, 0, wrap: false),      // Title
            Format(1, 2, 1, 0, wrap: true),       // Header
            Format(1, 3, 0, 0, wrap: false),      // Group
            Format(3, 5, 0, 0, wrap: true),       // Indicator
            Format(0, 0, 0, 0, wrap: true),       // Wrapped
            Format(4, 0, 0, 0, wrap: false),      // Key
            Format(0, 4, 1, 0, wrap: false),      // Answer
            Format(0, 4, 1, 10, wrap: false),     // AnswerPercent (0.00%)
            Format(0, 4, 1, DateFormat, wrap: false), // AnswerDate
            Format(0, 4, 1, 0, wrap: true));      // AnswerWrapped
        return new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = DateFormat, FormatCode = "yyyy-mm-dd" }) { Count = 1 },
            fonts,
            fills,
            borders,
            new CellStyleFormats(new CellFormat()),
            formats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }));
    }

    private static Font Font(bool bold = false, bool italic = false, double size = 11, string? color = null)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        if (italic)
        {
            font.Append(new Italic());
        }

        font.Append(new FontSize { Val = size });
        if (color is not null)
        {
            font.Append(new Color { Rgb = color });
        }

        font.Append(new FontName { Val = "Calibri" });
        font.Append(new FontFamilyNumbering { Val = 2 });
        return font;
    }

    private static Fill Solid(string rgb) =>
        new(new PatternFill(new ForegroundColor { Rgb = rgb }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid });

    private static CellFormat Format(uint font, uint fill, uint border, uint numberFormat, bool wrap) => new(new Alignment { WrapText = wrap, Vertical = VerticalAlignmentValues.Top })
    {
        FontId = font,
        FillId = fill,
        BorderId = border,
        NumberFormatId = numberFormat,
        FormatId = 0,
        ApplyFont = font != 0,
        ApplyFill = fill != 0,
        ApplyBorder = border != 0,
        ApplyNumberFormat = numberFormat != 0,
        ApplyAlignment = true,
    };

    /// <summary>OpenXML booleans as attributes.</summary>
    public static BooleanValue True => new(true);
}
