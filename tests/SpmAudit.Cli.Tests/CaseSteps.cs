using System.IO.Compression;
using SpmAudit.Tests;

namespace SpmAudit.Cli.Tests;

/// <summary>
/// The '@' steps of a command case, done by the test rather than the tool:
/// <c>@files FOLDER</c> lists the files under a folder (what a command wrote);
/// <c>@write FILE TEXT…</c> creates a file (to make a folder non-empty, or a file stand in a path's way);
/// <c>@copy REPOSITORY-PATH FILE</c> copies a file of the repository (an example pack) into the case's folder;
/// <c>@head FILE N</c> shows the first N lines of a text file a command wrote;
/// <c>@sheets BOOK</c> lists a workbook's sheets with the first cells of their first three rows;
/// <c>@tamper BUNDLE ENTRY</c> changes one byte of one file inside a bundle, keeping the zip well formed.
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
            case "@fill" or "@answer" or "@sheet" or "@rename" or "@hide" or "@key":
                EditWorkbook(Path.Combine(work, words[1]), words[0], words[2..]);
                return $"{line}\n\n";
            case "@copy":
                File.Copy(RepositoryPaths.Combine(words[1].Split('/')), Path.Combine(work, words[2]));
                return $"{line}\n\n";
            case "@head":
                var lines = File.ReadLines(Path.Combine(work, words[1])).Take(int.Parse(words[2], System.Globalization.CultureInfo.InvariantCulture));
                return $"{line}\n{string.Concat(lines.Select(l => $"  {l}\n"))}\n";
            case "@sheets":
                return $"{line}\n{Reporting.Tests.WorkbookFiller.Describe(File.ReadAllBytes(Path.Combine(work, words[1])))}\n";
            case "@tamper":
                Tamper(Path.Combine(work, words[1]), words[2]);
                return $"{line}\n\n";
            default:
                throw new InvalidOperationException($"Unknown case step '{words[0]}'.");
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
