namespace SpmAudit.Language.Inputs;

/// <summary>
/// The bounds every input is held to (docs/reliability.md lists them). Each is checked before the
/// work it protects, and going past one is a coded diagnostic, never a crash, a hang or a silent cut.
/// </summary>
public static class InputLimits
{
    /// <summary>Bytes of one input file: a ruleset source, an evidence pack, a profile, a template.</summary>
    public const long MaxFileBytes = 16L * 1024 * 1024;

    /// <summary>Bytes of all the sources of one ruleset together (imports and profiles included).</summary>
    public const long MaxRulesetBytes = 64L * 1024 * 1024;

    /// <summary>
    /// How deep expressions and blocks may nest in the DSL (and in rules inside YAML); a chain of
    /// operators counts one level per operator. Real rules nest a few levels; the bound keeps every
    /// walk over a rule (the compiler's, the JIT's, the trace's, JSON's) well inside its stack.
    /// </summary>
    public const int MaxNesting = 256;

    /// <summary>How deep YAML mappings and lists may nest.</summary>
    public const int MaxYamlDepth = 256;

    /// <summary>How many times YAML aliases may be used in one document.</summary>
    public const int MaxYamlAliases = 1_000;

    /// <summary>YAML nodes of one document once aliases are expanded.</summary>
    public const int MaxYamlNodes = 2_000_000;

    /// <summary>Nodes (of every level) in one ruleset.</summary>
    public const int MaxNodes = 25_000;

    /// <summary>Characters of one text value: a title, guidance, a comment, an evidence text.</summary>
    public const int MaxTextLength = 65_536;

    /// <summary>Bytes a workbook (a zip) may unpack to, counted from its directory before anything is unpacked.</summary>
    public const long MaxUnpackedBytes = 64L * 1024 * 1024;

    /// <summary>
    /// Bytes a gzip-compressed data file may unpack to. It is unpacked to a temporary file (so that
    /// DuckDB parses it on every core); the bound keeps a small hostile file from filling the disk,
    /// and is about fifty times the 1,000,000 loans of the example generator.
    /// </summary>
    public const long MaxUnpackedDataBytes = 4L * 1024 * 1024 * 1024;

    /// <summary>Parts (zip entries) of one workbook.</summary>
    public const int MaxWorkbookParts = 10_000;

    /// <summary>Bytes of one batch result file read back for peers and portfolios (a line per institution).</summary>
    public const long MaxBatchResultsBytes = 256L * 1024 * 1024;

    /// <summary>Characters of one rendered report.</summary>
    public const int MaxReportLength = 256 * 1024 * 1024;
}
