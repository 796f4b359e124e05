using SpmAudit.Engine.Evidence;
using SpmAudit.Language.Functions;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Evaluation;

/// <summary>Lays an evidence pack out in an <see cref="EvidenceFrame"/> for the compiled rules.</summary>
public static class FrameBuilder
{
    public static EvidenceFrame Build(Ruleset ruleset, EvidencePack pack)
    {
        var frame = new EvidenceFrame(ruleset.Evidence.Length);
        foreach (var entry in pack.Items.Values)
        {
            if (entry.Value is not { } value || ruleset.FindEvidence(entry.Key) is not { } item)
            {
                continue;
            }

            var slot = item.Ordinal;
            switch (item.Type.Kind)
            {
                case TypeKind.Text:
                    frame.Objects[slot] = (string)value;
                    break;
                case TypeKind.RecordList:
                    frame.Objects[slot] = RuntimeValues.Records(item.Type, (IReadOnlyList<object?[]>)value);
                    break;
                default:
                    frame.Numbers[slot] = RuntimeValues.FromModel(item.Type, value);
                    break;
            }
        }

        return frame;
    }
}
