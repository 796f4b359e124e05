using System.Collections.Immutable;
using System.Globalization;

namespace SpmAudit.Language.Distribution;

/// <summary>
/// What follows '@' in a ruleset name: a major version ('3'), a minor line ('3.1') or one exact
/// version ('3.1.0'). Versions compare by their numeric parts; text after them ('-beta') only breaks ties.
/// </summary>
public sealed record VersionSpec(ImmutableArray<int> Parts)
{
    public static VersionSpec? Parse(string text)
    {
        var parts = text.Split('.');
        if (parts.Length is < 1 or > 3 || parts.Any(p => p.Length == 0 || !p.All(char.IsAsciiDigit)))
        {
            return null;
        }

        return new VersionSpec([.. parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture))]);
    }

    /// <summary>True when the version starts with every part of this spec: '3' matches 3.0.0 and 3.2.1, '3.0.0' only 3.0.0.</summary>
    public bool Matches(string version)
    {
        var numbers = Numbers(version);
        return numbers.Length >= Parts.Length && Parts.Select((p, i) => numbers[i] == p).All(b => b);
    }

    /// <summary>The leading numeric parts of a version: '3.0.0-beta' → [3, 0, 0].</summary>
    public static ImmutableArray<int> Numbers(string version)
    {
        var numbers = ImmutableArray.CreateBuilder<int>();
        foreach (var part in version.Split('.'))
        {
            var digits = new string([.. part.TakeWhile(char.IsAsciiDigit)]);
            if (digits.Length == 0 || digits.Length > 9)
            {
                break;
            }

            numbers.Add(int.Parse(digits, CultureInfo.InvariantCulture));
            if (digits.Length < part.Length)
            {
                break;
            }
        }

        return numbers.ToImmutable();
    }

    /// <summary>Orders versions oldest first.</summary>
    public static int Compare(string left, string right)
    {
        var (a, b) = (Numbers(left), Numbers(right));
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var difference = (i < a.Length ? a[i] : 0).CompareTo(i < b.Length ? b[i] : 0);
            if (difference != 0)
            {
                return difference;
            }
        }

        return string.CompareOrdinal(left, right);
    }

    public override string ToString() => string.Join('.', Parts);
}
