using System.IO.Compression;
using System.Security.Cryptography;
using SpmAudit.Engine.Tables;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Engine.Tests.Tables;

/// <summary>A gzip data file is unpacked to a private temporary copy, fingerprinted by its own bytes, and the copy never outlives the audit.</summary>
public sealed class GzipDataFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("spm-gzip-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_fingerprint_is_of_the_compressed_bytes_including_any_after_the_stream_and_the_copy_is_deleted()
    {
        var path = Path.Combine(_folder, "loans.csv.gz");
        using (var file = File.Create(path))
        {
            using (var gzip = new GZipStream(file, CompressionLevel.Fastest, leaveOpen: true))
            {
                gzip.Write("loan_id,amount\nL1,100\n"u8);
            }

            file.Write("trailing"u8);
        }

        var diagnostics = new DiagnosticBag();
        var data = DataFile.Open("loans", path, "loans.csv.gz", SourceSpan.None("pack.yaml"), diagnostics).ShouldNotBeNull();
        diagnostics.ToSortedArray().ShouldBeEmpty();
        data.Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))));
        data.ReadPath.ShouldNotBe(path);
        File.ReadAllText(data.ReadPath).ShouldBe("loan_id,amount\nL1,100\n");
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(data.ReadPath).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        data.Dispose();
        File.Exists(data.ReadPath).ShouldBeFalse();
        File.Exists(path).ShouldBeTrue();
    }

    [Fact]
    public void A_file_named_gz_that_is_not_gzip_is_refused_and_leaves_no_copy()
    {
        var path = Path.Combine(_folder, "loans.csv.gz");
        File.WriteAllText(path, "loan_id,amount\nL1,100\n");
        var before = Directory.GetFiles(Path.GetTempPath(), "spm-audit-*.csv").Length;

        var diagnostics = new DiagnosticBag();
        DataFile.Open("loans", path, "loans.csv.gz", SourceSpan.None("pack.yaml"), diagnostics).ShouldBeNull();

        var refusal = diagnostics.ToSortedArray().ShouldHaveSingleItem();
        refusal.Code.ShouldBe("SPM4707");
        refusal.Message.ShouldContain("not a valid gzip file");
        Directory.GetFiles(Path.GetTempPath(), "spm-audit-*.csv").Length.ShouldBeLessThanOrEqualTo(before);
    }
}
