using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using CsCheck;
using Xunit.Abstractions;

namespace SpmAudit.Reporting.Tests.Fuzzing;

/// <summary>
/// Every front end, fed mutated inputs: none may throw, hang, or reject an input without a coded
/// error diagnostic. The short run is part of the suite; <c>SPM_FUZZ_INPUTS=1000000</c> runs the long
/// one per front end (docs/reliability.md records its figures). An input that fails is written to
/// the test output's artifacts folder, to become a regression case.
/// </summary>
public sealed partial class FuzzTests(ITestOutputHelper output)
{
    /// <summary>Far above the slowest honest input under the limits; reaching it is a hang.</summary>
    private static readonly TimeSpan HangAfter = TimeSpan.FromSeconds(20);

    public static TheoryData<string> Targets() => [.. FuzzTargets.Names];

    [Theory]
    [MemberData(nameof(Targets))]
    public void Mutated_inputs_are_accepted_or_rejected_with_coded_diagnostics_never_a_crash_or_a_hang(string name)
    {
        var target = FuzzTargets.Named(name);
        var longRun = Environment.GetEnvironmentVariable("SPM_FUZZ_INPUTS") is { } text && long.TryParse(text, CultureInfo.InvariantCulture, out var n) ? n : 0;
        var inputs = longRun > 0 ? longRun : target.ShortRun;
        long accepted = 0, rejected = 0;
        var clock = Stopwatch.StartNew();

        target.Generator.Sample(input =>
        {
            var verdict = Run(target, input);
            if (verdict.Accepted)
            {
                verdict.Diagnostics.ShouldNotContain(d => d.IsError, Describe(verdict));
                Interlocked.Increment(ref accepted);
            }
            else
            {
                verdict.Diagnostics.ShouldContain(d => d.IsError, "a rejection without an error diagnostic");
                Interlocked.Increment(ref rejected);
            }

            verdict.Diagnostics.ShouldAllBe(d => Code().IsMatch(d.Code), Describe(verdict));
        }, iter: inputs, threads: longRun > 0 ? -1 : 1, seed: longRun > 0 ? null : "0N0XIzNsQ0O2");

        output.WriteLine($"{name}: {inputs:N0} inputs in {clock.Elapsed.TotalSeconds:0.0} s: {accepted:N0} accepted, {rejected:N0} rejected with diagnostics, 0 crashes, 0 hangs; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024):N0} MB.");
        (accepted + rejected).ShouldBe(inputs);
    }

    private static Verdict Run(FuzzTarget target, byte[] input)
    {
        var run = Task.Run(() => target.Run(input));
        try
        {
            if (!run.Wait(HangAfter))
            {
                throw new TimeoutException($"{target.Name} did not finish within {HangAfter.TotalSeconds} s; input saved as {Save(target, input)}.");
            }
        }
        catch (AggregateException e)
        {
            throw new InvalidOperationException($"{target.Name} threw {e.InnerException?.GetType().Name}: {e.InnerException?.Message}; input saved as {Save(target, input)}.", e.InnerException);
        }

        return run.Result;
    }

    private static string Save(FuzzTarget target, byte[] input)
    {
        var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts", "fuzz")).FullName;
        var path = Path.Combine(folder, $"{target.Name}-{Convert.ToHexStringLower(SHA256.HashData(input))[..16]}.bin");
        File.WriteAllBytes(path, input);
        return path;
    }

    private static string Describe(Verdict verdict) => string.Join("\n", verdict.Diagnostics.Take(5));

    [GeneratedRegex(@"^SPM\d{4}$")]
    private static partial Regex Code();
}
