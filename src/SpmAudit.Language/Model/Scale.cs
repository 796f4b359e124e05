namespace SpmAudit.Language.Model;

/// <summary>Points earned per status, as a share of the indicator's maximum (0 to 1).</summary>
public sealed record Scale(double Met, double Partial, double NotMet)
{
    public static readonly Scale Default = new(1, 0.5, 0);
}
