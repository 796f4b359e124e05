namespace SpmAudit.Language.Parsing.Yaml;

/// <summary>Which rule of <see cref="Identifiers"/> a YAML name must follow.</summary>
internal enum IdentifierKind
{
    Name,
    Key,
    Level,
    Id,
}
