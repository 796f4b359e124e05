using System.Text;
using SpmAudit.Tests;

namespace SpmAudit.Cli.Tests;

/// <summary>
/// Golden command sessions: each folder under Cases/ holds input files, <c>commands.txt</c> (one
/// spm-audit command a line, arguments split on spaces, optional NAME=value prefixes for the
/// environment; '#' starts a comment) and <c>expected.txt</c>, the transcript: each command, what it
/// printed (standard output, then standard error) and its exit code. The commands run one after the
/// other in a copy of the folder, so later ones see what earlier ones wrote. Lines starting with '@'
/// are steps of the test itself, not of the tool (see <see cref="CaseSteps"/>).
/// </summary>
public sealed class CommandCaseTests
{
    public static TheoryData<string> Cases() => GoldenCases.In(CasesRoot);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Commands_print_exactly_the_expected_transcript(string name)
    {
        var source = Path.Combine(CasesRoot, name);
        var work = Directory.CreateTempSubdirectory("spm-case-").FullName;
        try
        {
            Copy(source, work);
            var transcript = new StringBuilder();
            foreach (var line in File.ReadAllLines(Path.Combine(source, "commands.txt")).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')))
            {
                transcript.Append(line.StartsWith('@') ? CaseSteps.Run(work, line) : Command(work, line));
            }

            Baseline.Verify(Path.Combine(source, "expected.txt"), transcript.ToString());
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    internal static string CasesRoot => RepositoryPaths.Combine("tests", "SpmAudit.Cli.Tests", "Cases");

    private static string Command(string work, string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var environment = words.TakeWhile(w => w.Contains('=', StringComparison.Ordinal)).ToDictionary(w => w[..w.IndexOf('=', StringComparison.Ordinal)], w => w[(w.IndexOf('=', StringComparison.Ordinal) + 1)..]);
        var run = CliRunner.ExecuteIn(work, environment, [.. words.Skip(environment.Count)]);
        run.ShouldHaveNoStackTrace();
        var shown = string.Join(' ', [.. words.Take(environment.Count), "spm-audit", .. words.Skip(environment.Count)]);
        return $"$ {shown}\n{run.Stdout}{run.Stderr}[exit {run.ExitCode}]\n\n";
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative is "commands.txt" or "expected.txt" || relative.EndsWith(".actual", StringComparison.Ordinal))
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(to, relative))!);
            File.Copy(file, Path.Combine(to, relative));
        }
    }
}
