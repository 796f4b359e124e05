using System.Collections.Frozen;

namespace SpmAudit.Engine.Reading;

/// <summary>
/// The shape of a questionnaire workbook, shared by the writer (Reporting) and the reader here, so
/// that what one writes the other reads. Every sheet has a title in row 1 and its column headers in
/// row 2; answers start in row 3. Sheets are recognised by their headers, never by their names
/// (which follow the ruleset's titles and the language), and item rows by the evidence key in
/// column A, which is the dictionary's key and so stays the same across ruleset versions.
/// </summary>
public static class QuestionnaireLayout
{
    public const int TitleRow = 1;
    public const int HeaderRow = 2;
    public const int FirstAnswerRow = 3;

    /// <summary>Column A of an indicator's row holds its id after this mark; the comment cell of that row is the indicator's note.</summary>
    public const string IndicatorMark = "#";

    /// <summary>The columns of a sheet of questions, in order (A, B, …).</summary>
    public static IReadOnlyList<string> ItemColumns { get; } = ["key", "question", "expected", "answer", "source", "page", "comment", "function", "used_by"];

    /// <summary>The columns of the cover sheet.</summary>
    public static IReadOnlyList<string> CoverColumns { get; } = ["field", "description", "answer"];

    /// <summary>The pack's own fields on the cover, by the code in column A.</summary>
    public static IReadOnlyList<string> CoverFields { get; } = ["institution.id", "institution.name", "institution.country", "period", "date", "assessment", "assessor"];

    public static IReadOnlyList<string> AssessmentTypes { get; } = ["self-assessment", "accompanied-self-assessment", "external-audit"];

    public static int Column(string code) => ItemColumns.ToList().IndexOf(code) + 1;

    /// <summary>Header labels by language; the reader accepts a workbook written in any of them (or headers left as the codes).</summary>
    private static readonly FrozenDictionary<string, FrozenDictionary<string, string>> Labels = new Dictionary<string, FrozenDictionary<string, string>>
    {
        ["en"] = Table(
            ("key", "Key"), ("question", "Question"), ("expected", "Expected answer"), ("answer", "Answer"), ("source", "Source document"), ("page", "Page"),
            ("comment", "Comment or note"), ("function", "Responsible function"), ("used_by", "Used by"), ("field", "Field"), ("description", "Description")),
        ["fr"] = Table(
            ("key", "Clé"), ("question", "Question"), ("expected", "Réponse attendue"), ("answer", "Réponse"), ("source", "Document source"), ("page", "Page"),
            ("comment", "Commentaire ou note"), ("function", "Fonction responsable"), ("used_by", "Utilisé par"), ("field", "Champ"), ("description", "Description")),
        ["es"] = Table(
            ("key", "Clave"), ("question", "Pregunta"), ("expected", "Respuesta esperada"), ("answer", "Respuesta"), ("source", "Documento fuente"), ("page", "Página"),
            ("comment", "Comentario o nota"), ("function", "Función responsable"), ("used_by", "Usado por"), ("field", "Campo"), ("description", "Descripción")),
    }.ToFrozenDictionary();

    /// <summary>Yes and no as the drop-downs offer them, per language.</summary>
    private static readonly FrozenDictionary<string, (string Yes, string No)> YesNo = new Dictionary<string, (string, string)>
    {
        ["en"] = ("yes", "no"), ["fr"] = ("oui", "non"), ["es"] = ("sí", "no"),
    }.ToFrozenDictionary();

    /// <summary>The answer of a list item's row saying the list is empty (no records), per language.</summary>
    private static readonly FrozenDictionary<string, string> NoneWord = new Dictionary<string, string>
    {
        ["en"] = "none", ["fr"] = "aucun", ["es"] = "ninguno",
    }.ToFrozenDictionary();

    /// <summary>The answer of a list item's row whose records are on its sheet, per language.</summary>
    private static readonly FrozenDictionary<string, string> ListedWord = new Dictionary<string, string>
    {
        ["en"] = "listed", ["fr"] = "listé", ["es"] = "listado",
    }.ToFrozenDictionary();

    public static IReadOnlyList<string> Languages { get; } = ["en", "fr", "es"];

    public static string Label(string code, string language) => Labels[Labels.ContainsKey(language) ? language : "en"][code];

    public static (string Yes, string No) YesNoWords(string language) => YesNo[YesNo.ContainsKey(language) ? language : "en"];

    public static string None(string language) => NoneWord[NoneWord.ContainsKey(language) ? language : "en"];

    public static string Listed(string language) => ListedWord[ListedWord.ContainsKey(language) ? language : "en"];

    /// <summary>Whether a header cell names the column <paramref name="code"/> in some language.</summary>
    public static bool IsHeader(string text, string code)
    {
        var trimmed = text.Trim();
        return string.Equals(trimmed, code, StringComparison.OrdinalIgnoreCase)
            || Labels.Values.Any(l => l.TryGetValue(code, out var label) && string.Equals(trimmed, label, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>true for yes, false for no (in any language, or TRUE/FALSE), null for anything else.</summary>
    public static bool? ReadYesNo(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Equals("true", StringComparison.OrdinalIgnoreCase) || YesNo.Values.Any(w => trimmed.Equals(w.Yes, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        return trimmed.Equals("false", StringComparison.OrdinalIgnoreCase) || YesNo.Values.Any(w => trimmed.Equals(w.No, StringComparison.OrdinalIgnoreCase)) ? false : null;
    }

    public static bool IsNone(string text) => NoneWord.Values.Any(w => text.Trim().Equals(w, StringComparison.OrdinalIgnoreCase));

    private static FrozenDictionary<string, string> Table(params (string Code, string Label)[] labels) =>
        labels.ToFrozenDictionary(l => l.Code, l => l.Label, StringComparer.Ordinal);
}
