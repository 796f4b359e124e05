namespace SpmAudit.Language.Printing;

public enum RulesetFormat
{
    Dsl,
    Yaml,
}
