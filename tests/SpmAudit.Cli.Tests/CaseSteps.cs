using System.Diagnostics;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using SpmAudit.Tests;

namespace SpmAudit.Cli.Tests;

/// <summary>
/// The '@' steps of a command case, done by the test rather than the tool:
/// <c>@files FOLDER</c> lists the files under a folder (what a command wrote, and that no partial file is left);
/// <c>@write FILE TEXT…</c> creates a file (to make a folder non-empty, or a file stand in a path's way);
/// <c>@copy REPOSITORY-PATH FILE</c> copies a file of the repository (an example pack) into the case's folder (FILE may name a new sub-folder);
/// <c>@duplicate FILE TO</c> copies a file of the case (a template to expand);
/// <c>@head FILE N</c> shows the first N lines of a text file a command wrote;
/// <c>@sheets BOOK</c> lists a workbook's sheets with the first cells of their first three rows;
/// <c>@tamper BUNDLE ENTRY</c> changes one byte of one file inside a bundle, keeping the zip well formed;
/// <c>@expand FILE TOKEN COUNT UNIT</c> replaces TOKEN in FILE with UNIT repeated COUNT times
/// (in TOKEN and UNIT, <c>\s</c> is a space, <c>\n</c> and <c>\r</c> line ends; in UNIT, <c>{n}</c> is the repetition's
/// number): big or deeply nested inputs without committing them;
/// <c>@encode FILE utf-16le|utf-16be|latin1|cr</c> rewrites a file in another encoding, or with CR line ends;
/// <c>@replace FILE OLD NEW</c> replaces the first OLD (one word) in a text file with NEW;
/// <c>@bytes FILE OFFSET HEX</c> overwrites bytes of a file (invalid UTF-8, control characters);
/// <c>@symlink LINK TARGET</c>, <c>@hardlink LINK TARGET</c> and <c>@fifo FILE</c> make links and a named pipe;
/// <c>@hash FILE</c> prints a file's SHA-256, so a transcript shows an input unchanged by the commands around it.
/// Questionnaire workbooks are edited as a person would in a spreadsheet:
/// <c>@fill BOOK RULESET PACK</c> answers every question from a YAML pack (paths from the repository root);
/// <c>@answer BOOK KEY TEXT…</c> types an answer (a number when it reads as one);
/// <c>@sheet BOOK NAME…</c> adds a sheet of one's own; <c>@rename BOOK KEY COLUMN TEXT…</c> renames the header of a
/// column on the sheet asking KEY; <c>@hide BOOK KEY COLUMN</c> hides it; <c>@key BOOK KEY NEWKEY</c> changes a row's key.
/// </summary>
internal static class CaseSteps
{
    public static string Run(string work, string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var path = words.Length > 1 ? Path.Combine(work, words[1]) : work;
        switch (words[0])
        {
            case "@files":
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Select(f => Path.GetRelativePath(work, f).Replace('\\', '/'))
                    .Order(StringComparer.Ordinal);
                return $"{line}\n{string.Concat(files.Select(f => $"  {f}\n"))}\n";
            case "@write":
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, string.Join(' ', words.Skip(2)) + "\n");
                break;
            case "@replace":
                var content = File.ReadAllText(path);
                var at = content.IndexOf(words[2], StringComparison.Ordinal);
                File.WriteAllText(path, at < 0 ? content : string.Concat(content.AsSpan(0, at), words[3], content.AsSpan(at + words[2].Length)));
                break;
            case "@tamper":
                Tamper(path, words[2]);
                break;
            case "@duplicate":
                File.Copy(path, Path.Combine(work, words[2]));
                break;
            case "@fill" or "@answer" or "@sheet" or "@rename" or "@hide" or "@key":
                EditWorkbook(path, words[0], words[2..]);
                break;
            case "@copy":
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(work, words[2]))!);
                File.Copy(RepositoryPaths.Combine(words[1].Split('/')), Path.Combine(work, words[2]));
                break;
            case "@head":
                var lines = File.ReadLines(path).Take(int.Parse(words[2], System.Globalization.CultureInfo.InvariantCulture));
                return $"{line}\n{string.Concat(lines.Select(l => $"  {l}\n"))}\n";
            case "@sheets":
                return $"{line}\n{Reporting.Tests.WorkbookFiller.Describe(File.ReadAllBytes(path))}\n";
            case "@expand":
                var count = int.Parse(words[3], System.Globalization.CultureInfo.InvariantCulture);
                var unit = Unescape(words[4]);
                var repeated = new StringBuilder(unit.Length * count);
                for (var n = 1; n <= count; n++)
                {
                    repeated.Append(unit.Replace("{n}", n.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
                }

                File.WriteAllText(path, File.ReadAllText(path).Replace(Unescape(words[2]), repeated.ToString(), StringComparison.Ordinal));
                break;
            case "@encode":
                Encode(path, words[2]);
                break;
            case "@bytes":
                var bytes = File.ReadAllBytes(path);
                var patch = Convert.FromHexString(words[3]);
                patch.CopyTo(bytes, int.Parse(words[2], System.Globalization.CultureInfo.InvariantCulture));
                File.WriteAllBytes(path, bytes);
                break;
            case "@symlink":
                File.CreateSymbolicLink(path, words[2]);
                break;
            case "@hardlink":
                Shell("ln", Path.Combine(work, words[2]), path);
                break;
            case "@fifo":
                Shell("mkfifo", path);
                break;
            case "@hash":
                return $"{line}\n  {Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)))[..16]}\n\n";
            default:
                throw new InvalidOperationException($"Unknown case step '{words[0]}'.");
        }

        return $"{line}\n\n";
    }

    private static string Unescape(string unit) =>
        unit.Replace("\\s", " ", StringComparison.Ordinal).Replace("\\n", "\n", StringComparison.Ordinal).Replace("\\r", "\r", StringComparison.Ordinal);

    private static void Encode(string path, string encoding)
    {
        var text = File.ReadAllText(path);
        switch (encoding)
        {
            case "utf-16le":
                File.WriteAllText(path, text, new UnicodeEncoding(bigEndian: false, byteOrderMark: true));
                break;
            case "utf-16be":
                File.WriteAllText(path, text, new UnicodeEncoding(bigEndian: true, byteOrderMark: true));
                break;
            case "latin1":
                File.WriteAllBytes(path, Encoding.Latin1.GetBytes(text));
                break;
            case "cr":
                File.WriteAllText(path, text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\n', '\r'));
                break;
            default:
                throw new InvalidOperationException($"Unknown encoding '{encoding}'.");
        }
    }

    private static void Shell(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} failed.");
        }
    }

    private static void EditWorkbook(string path, string step, string[] args)
    {
        using var book = new Reporting.Tests.WorkbookFiller(File.ReadAllBytes(path));
        var rest = string.Join(' ', args.Skip(1));
        switch (step)
        {
            case "@fill":
                var compilation = Language.Compilation.RulesetCompiler.Compile(RepositoryPaths.Combine(args[0].Split('/')), RepositoryPaths.Root);
                book.FillFrom(RepositoryPaths.Combine(args[1].Split('/')), compilation.Ruleset!);
                break;
            case "@answer":
                var (sheet, row) = book.Locate(args[0])!.Value;
                var number = double.TryParse(rest, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);
                book.Put(sheet, $"D{row}", rest, number ? Language.Model.DataType.Number : Language.Model.DataType.Text);
                break;
            case "@sheet":
                book.AddSheet(string.Join(' ', args));
                break;
            case "@rename":
                book.Put(book.Locate(args[0])!.Value.Sheet, $"{args[1]}2", string.Join(' ', args.Skip(2)));
                break;
            case "@hide":
                book.HideColumn(book.Locate(args[0])!.Value.Sheet, args[1][0] - 'A' + 1);
                break;
            case "@key":
                var at = book.Locate(args[0])!.Value;
                book.Put(at.Sheet, $"A{at.Row}", args[1]);
                break;
        }

        File.WriteAllBytes(path, book.Save());
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
