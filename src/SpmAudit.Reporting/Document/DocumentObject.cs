namespace SpmAudit.Reporting.Document;

/// <summary>
/// An object of the result document: named values in a fixed order. Values are null, bool,
/// double, int, string, <see cref="DocumentObject"/> or <see cref="DocumentArray"/>. The JSON
/// writer prints this tree and the templates read it, so both show the same document.
/// </summary>
public sealed class DocumentObject : List<KeyValuePair<string, object?>>
{
    public object? this[string name] => this.FirstOrDefault(p => p.Key == name).Value;

    public DocumentObject Add(string name, object? value)
    {
        Add(new KeyValuePair<string, object?>(name, value));
        return this;
    }

    /// <summary>How many objects and arrays the tree holds, counted without recursion (a template's loop limit scales with it).</summary>
    public static int Containers(object? root)
    {
        var count = 0;
        var pending = new Stack<object?>();
        pending.Push(root);
        while (pending.TryPop(out var value))
        {
            IEnumerable<object?>? children = value switch
            {
                DocumentObject o => o.Select(p => p.Value),
                DocumentArray a => a,
                _ => null,
            };
            if (children is null)
            {
                continue;
            }

            count++;
            foreach (var child in children)
            {
                pending.Push(child);
            }
        }

        return count;
    }
}

/// <summary>An array of the result document.</summary>
public sealed class DocumentArray : List<object?>
{
    public DocumentArray()
    {
    }

    public DocumentArray(IEnumerable<object?> items)
        : base(items)
    {
    }
}
