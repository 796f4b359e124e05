using SpmAudit.Language.Inputs;

namespace SpmAudit.Cli.Output;

/// <summary>
/// Checks an <c>--out</c> before anything is written: it must name a file (not nothing, not a
/// folder), and never one of the command's inputs, compared by file identity so that a symbolic
/// link, a hard link or another spelling of the same path is caught too.
/// </summary>
internal static class OutputTarget
{
    /// <summary>The exit code when the output is refused (the reason printed), or null when it may be written.</summary>
    public static int? Refusal(string? output, IEnumerable<string> inputs)
    {
        if (output is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(output) || output.Contains('\0', StringComparison.Ordinal))
        {
            return Refuse("--out needs a file name.");
        }

        if (output.EndsWith('/') || output.EndsWith(Path.DirectorySeparatorChar) || FileIdentity.Of(output)?.Kind == FileKind.Folder)
        {
            return Refuse($"--out '{output}' is a folder; name a file inside it.");
        }

        if (FileIdentity.Of(output)?.Kind == FileKind.Special)
        {
            return Refuse($"--out '{output}' is a device or a pipe; leave --out out to write to standard output.");
        }

        if (FileIdentity.Of(output) is not null && inputs.FirstOrDefault(input => FileIdentity.Same(output, input)) is { } same)
        {
            var through = string.Equals(Path.GetFullPath(output), Path.GetFullPath(same), StringComparison.Ordinal) ? "" : " (through a link or another name)";
            return Refuse($"--out '{output}' is the input '{Shown(same)}'{through}; inputs are never overwritten.");
        }

        return null;
    }

    private static string Shown(string path) => Language.Diagnostics.DisplayPath.Of(Path.GetFullPath(path), Environment.CurrentDirectory);

    private static int Refuse(string message)
    {
        Console.Error.WriteLine($"spm-audit: {Language.Diagnostics.ControlCharacters.Escape(message)}");
        return ExitCodes.Misuse;
    }
}
