namespace SpmAudit.Language.Comparison;

/// <summary>
/// The stable order of a diff: by subject, then id (digits compared as numbers, so CP1.2 comes
/// before CP1.10), then kind of change, then field. Two runs on the same editions list the same lines.
/// </summary>
public sealed class ChangeOrder : IComparer<RulesetChange>
{
    public static ChangeOrder Instance { get; } = new();

    public int Compare(RulesetChange? x, RulesetChange? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        var order = x.Subject.CompareTo(y.Subject);
        order = order != 0 ? order : CompareIds(x.Id, y.Id);
        order = order != 0 ? order : x.Kind.CompareTo(y.Kind);
        return order != 0 ? order : CompareIds(x.Field ?? "", y.Field ?? "");
    }

    /// <summary>Ordinal, except that runs of digits compare by value; equal values fall back to ordinal text.</summary>
    public static int CompareIds(string x, string y)
    {
        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            if (char.IsAsciiDigit(x[i]) && char.IsAsciiDigit(y[j]))
            {
                var startX = i;
                var startY = j;
                while (i < x.Length && char.IsAsciiDigit(x[i]))
                {
                    i++;
                }

                while (j < y.Length && char.IsAsciiDigit(y[j]))
                {
                    j++;
                }

                var digits = CompareDigits(x.AsSpan(startX, i - startX), y.AsSpan(startY, j - startY));
                if (digits != 0)
                {
                    return digits;
                }
            }
            else
            {
                if (x[i] != y[j])
                {
                    return x[i].CompareTo(y[j]);
                }

                i++;
                j++;
            }
        }

        var length = (x.Length - i).CompareTo(y.Length - j);
        return length != 0 ? length : string.CompareOrdinal(x, y);
    }

    private static int CompareDigits(ReadOnlySpan<char> x, ReadOnlySpan<char> y)
    {
        x = x.TrimStart('0');
        y = y.TrimStart('0');
        return x.Length != y.Length ? x.Length.CompareTo(y.Length) : x.SequenceCompareTo(y);
    }
}
