using SpmAudit.Reporting.Peers;

namespace SpmAudit.Reporting.Document;

public static partial class ResultDocument
{
    private static DocumentObject Peers(PeerComparison comparison) => new DocumentObject()
        .Add("source", comparison.Source)
        .Add("count", comparison.Peers)
        .Add("overall", Measure(comparison.Overall))
        .Add("nodes", new DocumentArray(comparison.Nodes.Select(n => (object?)Measure(n))));

    private static DocumentObject Measure(PeerMeasure measure)
    {
        var document = new DocumentObject().Add("id", measure.Id).Add("score", Round(measure.Score));
        if (measure.Peers is { } peers)
        {
            document.Add("peers", peers.Count)
                .Add("min", Round(peers.Min))
                .Add("q1", Round(peers.Q1))
                .Add("median", Round(peers.Median))
                .Add("q3", Round(peers.Q3))
                .Add("max", Round(peers.Max));
        }

        return document.Add("rank", measure.Rank).Add("of", measure.Of);
    }
}
