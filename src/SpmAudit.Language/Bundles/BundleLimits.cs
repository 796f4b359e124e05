namespace SpmAudit.Language.Bundles;

/// <summary>
/// How much a bundle may hold before it is refused unread: rulesets are text of a few hundred
/// kilobytes, so these bounds leave room for large ones while stopping archives built to exhaust
/// memory (a small file that inflates to gigabytes, or millions of entries).
/// </summary>
public sealed record BundleLimits(long MaxBundleBytes, int MaxEntries, long MaxEntryBytes, long MaxTotalBytes)
{
    public static BundleLimits Default { get; } = new(MaxBundleBytes: 16L << 20, MaxEntries: 2000, MaxEntryBytes: 8L << 20, MaxTotalBytes: 64L << 20);
}
