using System.IO.Compression;

namespace SpmAudit.Cli.Tests;

/// <summary>
/// The '@' steps of a command case, done by the test rather than the tool:
/// <c>@files FOLDER</c> lists the files under a folder (what a command wrote);
/// <c>@write FILE TEXT…</c> creates a file (to make a folder non-empty, or a file stand in a path's way);
/// <c>@tamper BUNDLE ENTRY</c> changes one byte of one file inside a bundle, keeping the zip well formed.
/// </summary>
internal static class CaseSteps
{
    public static string Run(string work, string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        switch (words[0])
        {
            case "@files":
                var folder = Path.Combine(work, words[1]);
                var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                    .Select(f => Path.GetRelativePath(work, f).Replace('\\', '/'))
                    .Order(StringComparer.Ordinal);
                return $"{line}\n{string.Concat(files.Select(f => $"  {f}\n"))}\n";
            case "@write":
                var path = Path.Combine(work, words[1]);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, string.Join(' ', words.Skip(2)) + "\n");
                return $"{line}\n\n";
            case "@tamper":
                Tamper(Path.Combine(work, words[1]), words[2]);
                return $"{line}\n\n";
            default:
                throw new InvalidOperationException($"Unknown case step '{words[0]}'.");
        }
    }

    private static void Tamper(string bundle, string entry)
    {
        using var zip = ZipFile.Open(bundle, ZipArchiveMode.Update);
        var target = zip.GetEntry(entry)!;
        byte[] content;
        using (var data = target.Open())
        using (var copy = new MemoryStream())
        {
            data.CopyTo(copy);
            content = copy.ToArray();
        }

        content[content.Length / 2] ^= 0x20;
        using var rewritten = target.Open();
        rewritten.SetLength(0);
        rewritten.Write(content);
    }
}
