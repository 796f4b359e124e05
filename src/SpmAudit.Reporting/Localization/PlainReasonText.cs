using System.Globalization;
using SpmAudit.Reporting.Document;

namespace SpmAudit.Reporting.Localization;

/// <summary>
/// Says a plain reason (the <c>explanation</c> of an indicator in the result document) in a report
/// language: "Partially met: “Of the clients interviewed, what share knew how to make a complaint?”
/// 41% (met with at least 70%; partially met with at least 35%)." Facts about the same measure are
/// said once, with every requirement that applies to it. <paramref name="textOf"/> gives the
/// ruleset's words for a subject (an evidence item's question, a parameter's description).
/// </summary>
internal sealed class PlainReasonText(ReportLanguage language, Func<string, string, string?> textOf)
{
    public string Say(DocumentObject explanation)
    {
        var code = explanation["code"] as string ?? "undecided";
        var facts = Objects(explanation["facts"]);
        var fallback = Objects(explanation["fallback"]);
        if (code == "undecided")
        {
            return language.Text("reasons", "undecided");
        }

        var level = explanation["level"] is double l ? language.Number(l) : "";
        var top = explanation["topLevel"] is double t ? language.Number(t) : "";
        var said = code switch
        {
            "missing" => List(facts.Select(f => Subject(f, "subject"))),
            "no_value" => Join(facts.Select(NoValue)),
            _ => Join(Grouped(code, facts, fallback, level, top)),
        };
        if (explanation["more"] is int more && more > 0)
        {
            said += " " + language.Fill(["reasons", "and_more"], ("n", more.ToString(CultureInfo.InvariantCulture)));
        }

        var template = said.Length == 0 ? code + "_bare" : code;
        return language.Fill(["reasons", template], ("facts", said), ("level", level), ("top", top));
    }

    /// <summary>One phrase per measure: what it is, its value, then every requirement the rule set for it.</summary>
    private IEnumerable<string> Grouped(string code, List<DocumentObject> facts, List<DocumentObject> fallback, string level, string top)
    {
        foreach (var measure in facts.Select(Key).Distinct())
        {
            var mine = facts.Where(f => Key(f) == measure).ToList();
            var requirements = new List<string>();
            if (code != "not_applicable")
            {
                var role = code switch
                {
                    "partial" => "full_credit",
                    "not_met" when fallback.Count > 0 => "full_credit",
                    "level" => "level_needs",
                    _ => "required",
                };
                requirements.AddRange(mine.Where(f => NeedsRequirement(code, f)).Select(f => Requirement(role, f, top)));
                requirements.AddRange(fallback.Where(f => Key(f) == measure).Select(f => Requirement(code == "level" ? "level_needs" : "partial_credit", f, level)));
            }

            var phrase = Fact(mine[0]);
            yield return requirements.Count == 0
                ? phrase
                : phrase + " " + language.Fill(["reasons", "requirements"], ("requirements", string.Join(language.Text("reasons", "fact_separator"), requirements.Distinct())));
        }
    }

    /// <summary>A requirement the value already equals ("specific", required: specific) says nothing new.</summary>
    private static bool NeedsRequirement(string code, DocumentObject fact) =>
        fact["operator"] is string op && !(op == "equal" && fact["holds"] is true) && !(code == "met" && op is "one_of");

    private string Requirement(string role, DocumentObject fact, string level)
    {
        var op = fact["operator"] as string ?? "equal";
        var kind = fact["kind"] as string;
        var unit = fact["unit"] as string;
        var threshold = Value(kind, fact["threshold"], unit);
        if (fact["thresholdSubjectKind"] is "evidence" or "let")
        {
            threshold = language.Fill(["reasons", "threshold_from"], ("threshold", threshold), ("subject", Subject(fact, "thresholdSubject")));
        }

        var choices = List((fact["choices"] as DocumentArray ?? []).Select(c => Value(kind, c, unit)), op == "one_of" ? "or_separator" : "last_separator");
        var requirement = language.Fill(["reasons", op], ("threshold", threshold), ("choices", choices));
        return language.Fill(["reasons", role], ("requirement", requirement), ("level", level));
    }

    /// <summary>What the fact is about and the value found.</summary>
    private string Fact(DocumentObject fact)
    {
        var subject = Subject(fact, "subject");
        var value = Valued(fact);
        return fact["code"] switch
        {
            "supplied" => language.Fill(["reasons", fact["holds"] is true ? "supplied" : "not_supplied"], ("subject", subject)),
            "any" or "all" => language.Fill(["reasons", $"{fact["code"]}_{(fact["holds"] is true ? "holds" : "fails")}"],
                ("fact", language.Fill(["reasons", IsQuoted(fact, "subject") ? "subject_value" : "named_value"], ("subject", subject), ("value", value)))),
            _ when fact["subjectKind"] is "computed" => value,
            _ => language.Fill(["reasons", IsQuoted(fact, "subject") ? "subject_value" : "named_value"], ("subject", subject), ("value", value)),
        };
    }

    private string NoValue(DocumentObject fact) =>
        language.Fill(["reasons", "no_value_fact"], ("subject", Subject(fact, "subject")), ("cause", language.Text("reasons", "causes", fact["cause"] as string ?? "not_finite")));

    /// <summary>The value with the figures it was computed from: "45 of 60 (75%)", "28 November 2023, 764 days before 31 December 2025".</summary>
    private string Valued(DocumentObject fact)
    {
        var value = Value(fact["kind"] as string, fact["value"], fact["unit"] as string);
        var basis = fact["basisValues"] as DocumentArray ?? [];
        return (fact["basis"], basis.Count) switch
        {
            ("of", 2) => language.Fill(["reasons", "basis_of"], ("part", Count(basis[0])), ("whole", Count(basis[1])), ("value", value)),
            ("between", 2) => language.Fill(["reasons", "basis_between"], ("from", language.Date(basis[0] as string)), ("to", language.Date(basis[1] as string)), ("value", value)),
            ("records", 2) => language.Fill(["reasons", "basis_records"], ("part", Count(basis[0])), ("whole", Count(basis[1]))),
            ("records", 1) => language.Fill(["reasons", "basis_records_share"], ("value", value), ("whole", Count(basis[0]))),
            ("group", 1) => language.Fill(["reasons", "basis_group"], ("value", value), ("group", basis[0] as string ?? "")),
            _ => value,
        };
    }

    /// <summary>A count inside "45 of 60": the number alone, without its unit.</summary>
    private string Count(object? value) => value is double d ? language.Number(d) : Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";

    /// <summary>A value in this language: percentages, numbers with their unit, days, dates, yes/no, choices as words.</summary>
    public string Value(string? kind, object? value, string? unit)
    {
        // Units are the ruleset's words (plural); the question already says what one of them is.
        var suffix = unit is not null && value is not 1.0 ? " " + unit : "";
        return (kind, value) switch
        {
            (_, null) => language.Text("missing"),
            ("percentage", double d) => language.Percent(d),
            ("days", double d) => d == 1 ? language.Text("reasons", "day") : language.Fill(["reasons", "days"], ("n", language.Number(d))),
            ("records", double d) => d == 1 ? language.Text("reasons", "record") : language.Fill(["reasons", "records"], ("n", language.Number(d))),
            (_, double d) => language.Number(d) + suffix,
            ("date", string iso) => language.Date(iso),
            (_, bool b) => language.YesNo(b),
            ("choice", string choice) => ReportLanguage.Words(choice),
            (_, var other) => Convert.ToString(other, CultureInfo.InvariantCulture) ?? "",
        };
    }

    /// <summary>A subject in words: the ruleset's question or description in quotes (a closing full stop left out, as the sentence goes on), else its name as words.</summary>
    private string Subject(DocumentObject fact, string field) => TextOf(fact, field) is { } text
        ? language.Fill(["reasons", "quoted"], ("text", text.TrimEnd('.')))
        : ReportLanguage.Words(fact[field] as string ?? "");

    private bool IsQuoted(DocumentObject fact, string field) => TextOf(fact, field) is not null;

    private string? TextOf(DocumentObject fact, string field) =>
        fact[field] is string key && fact[field + "Kind"] is string kind ? textOf(kind, key) : null;

    private string Join(IEnumerable<string> phrases) => string.Join(language.Text("reasons", "fact_separator"), phrases);

    /// <summary>"a, b and c" (or "a, b or c") in this language.</summary>
    private string List(IEnumerable<string> items, string last = "last_separator")
    {
        var all = items.ToList();
        return all.Count <= 1
            ? string.Concat(all)
            : string.Join(language.Text("reasons", "list_separator"), all.Take(all.Count - 1)) + language.Text("reasons", last) + all[^1];
    }

    /// <summary>Facts are said together when they are about the same measure: subject, kind of value and basis.</summary>
    private static string Key(DocumentObject fact) => $"{fact["subjectKind"]}:{fact["subject"]}:{fact["kind"]}:{fact["basis"]}";

    private static List<DocumentObject> Objects(object? array) => array is DocumentArray items ? [.. items.OfType<DocumentObject>()] : [];
}
