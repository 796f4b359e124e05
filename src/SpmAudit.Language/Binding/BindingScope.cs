using SpmAudit.Language.Model;

namespace SpmAudit.Language.Binding;

/// <summary>The names visible inside one indicator: its lets and the lambda variables currently open.</summary>
internal sealed class BindingScope
{
    private readonly List<BoundLet> _lets = [];
    private readonly List<BoundRecordVariable> _variables = [];

    public IReadOnlyList<BoundLet> Lets => _lets;

    public int VariableDepth => _variables.Count;

    public BoundLet? FindLet(string name) => _lets.FirstOrDefault(l => l.Name == name);

    public BoundRecordVariable? FindVariable(string name) => _variables.LastOrDefault(v => v.Name == name);

    public void AddLet(BoundLet let) => _lets.Add(let);

    public void Push(BoundRecordVariable variable) => _variables.Add(variable);

    public void Pop() => _variables.RemoveAt(_variables.Count - 1);

    public IEnumerable<string> Names => _lets.Select(l => l.Name).Concat(_variables.Select(v => v.Name));
}
