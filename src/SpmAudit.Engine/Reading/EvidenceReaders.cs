using System.Collections.Frozen;

namespace SpmAudit.Engine.Reading;

/// <summary>
/// Which reader reads which file, by extension: the one table a new evidence format is added to.
/// JSON packs are read by the YAML reader (JSON is YAML).
/// </summary>
public static class EvidenceReaders
{
    private static readonly YamlEvidenceReader Yaml = new();

    private static readonly FrozenDictionary<string, IEvidenceReader> ByExtension = new Dictionary<string, IEvidenceReader>(StringComparer.OrdinalIgnoreCase)
    {
        [".yaml"] = Yaml,
        [".yml"] = Yaml,
        [".json"] = Yaml,
        [".csv"] = new CsvEvidenceReader(),
        [".xlsx"] = new XlsxEvidenceReader(),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<string> Extensions => ByExtension.Keys.Order(StringComparer.Ordinal);

    public static IEvidenceReader? For(string path) => ByExtension.GetValueOrDefault(Path.GetExtension(path));

    public static bool IsEvidenceFile(string path) => For(path) is not null;
}
