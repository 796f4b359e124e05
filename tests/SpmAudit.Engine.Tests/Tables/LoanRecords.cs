using System.Globalization;
using System.IO.Compression;

namespace SpmAudit.Engine.Tests.Tables;

/// <summary>
/// The example data read the plain way, with no SQL: the generator's CSV has no quoted cells, so a
/// split on commas is the whole format. The second computation the metric tests compare against.
/// </summary>
internal sealed class LoanRecords
{
    public required List<Dictionary<string, string>> Clients { get; init; }

    public required List<Dictionary<string, string>> Loans { get; init; }

    /// <summary>Scorecard answers, one row per client and round.</summary>
    public required List<Dictionary<string, string>> Rounds { get; init; }

    public static LoanRecords Read(string folder) => new()
    {
        Clients = Rows(Path.Combine(folder, "clients.csv.gz")),
        Loans = Rows(Path.Combine(folder, "loans.csv.gz")),
        Rounds = Rows(Path.Combine(folder, "scorecard_rounds.csv.gz")),
    };

    public static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    public static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static List<Dictionary<string, string>> Rows(string path)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        var header = reader.ReadLine()!.Split(',');
        var rows = new List<Dictionary<string, string>>();
        while (reader.ReadLine() is { } line)
        {
            var cells = line.Split(',');
            rows.Add(header.Zip(cells).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal));
        }

        return rows;
    }
}
