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
