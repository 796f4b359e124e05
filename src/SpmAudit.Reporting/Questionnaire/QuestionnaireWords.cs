using System.Collections.Frozen;
using System.Globalization;
using SpmAudit.Engine.Reading;
using SpmAudit.Language.Model;

namespace SpmAudit.Reporting.Questionnaire;

/// <summary>The questionnaire's own words (titles, instructions, expected answers) in its language.</summary>
internal sealed class QuestionnaireWords(string language)
{
    private static readonly FrozenDictionary<string, FrozenDictionary<string, string>> Tables = new Dictionary<string, FrozenDictionary<string, string>>
    {
        ["en"] = new Dictionary<string, string>
        {
            ["title"] = "Self-assessment questionnaire", ["cover"] = "Cover",
            ["instructions"] = "Answer in the yellow cells. Leave a cell empty when the information is not available: the indicators that need it are reported as insufficient evidence. Do not rename, move or delete columns or sheets; add notes in the comment column.",
            ["institution.id"] = "Institution identifier (short code, e.g. mfi-sunrise)", ["institution.name"] = "Institution name", ["institution.country"] = "Country (ISO code, e.g. KE)",
            ["period"] = "Period the evidence describes (e.g. 2025)", ["date"] = "Assessment date", ["assessment"] = "Assessment type", ["assessor"] = "Assessor (who filled in the questionnaire)",
            ["ruleset"] = "Ruleset", ["generated"] = "Written by SpmAudit; import it with: spm-audit audit --evidence <this file>",
            ["yes_no"] = "yes or no", ["one_of"] = "one of", ["whole"] = "a whole number", ["number"] = "a number", ["percentage"] = "a percentage", ["date_type"] = "a date (YYYY-MM-DD)",
            ["text"] = "text", ["list"] = "records on sheet", ["list_answer"] = "then answer", ["from"] = "from", ["to"] = "to", ["unit"] = "in", ["note"] = "Note on this indicator",
            ["record_rows"] = "One row per record; leave the rest empty.",
        }.ToFrozenDictionary(),
        ["fr"] = new Dictionary<string, string>
        {
            ["title"] = "Questionnaire d'auto-évaluation", ["cover"] = "Couverture",
            ["instructions"] = "Répondez dans les cellules jaunes. Laissez une cellule vide si l'information n'est pas disponible : les indicateurs qui en ont besoin sont signalés comme preuves insuffisantes. Ne renommez, ne déplacez ni ne supprimez aucune colonne ni feuille ; ajoutez vos remarques dans la colonne de commentaire.",
            ["institution.id"] = "Identifiant de l'institution (code court, p. ex. imf-soleil)", ["institution.name"] = "Nom de l'institution", ["institution.country"] = "Pays (code ISO, p. ex. SN)",
            ["period"] = "Période couverte (p. ex. 2025)", ["date"] = "Date de l'évaluation", ["assessment"] = "Type d'évaluation", ["assessor"] = "Évaluateur (qui a rempli le questionnaire)",
            ["ruleset"] = "Référentiel", ["generated"] = "Écrit par SpmAudit ; importez-le avec : spm-audit audit --evidence <ce fichier>",
            ["yes_no"] = "oui ou non", ["one_of"] = "l'un de", ["whole"] = "un nombre entier", ["number"] = "un nombre", ["percentage"] = "un pourcentage", ["date_type"] = "une date (AAAA-MM-JJ)",
            ["text"] = "du texte", ["list"] = "enregistrements sur la feuille", ["list_answer"] = "puis répondez", ["from"] = "de", ["to"] = "à", ["unit"] = "en", ["note"] = "Note sur cet indicateur",
            ["record_rows"] = "Une ligne par enregistrement ; laissez le reste vide.",
        }.ToFrozenDictionary(),
        ["es"] = new Dictionary<string, string>
        {
            ["title"] = "Cuestionario de autoevaluación", ["cover"] = "Portada",
            ["instructions"] = "Responda en las celdas amarillas. Deje una celda vacía si la información no está disponible: los indicadores que la necesitan se informan como evidencia insuficiente. No cambie el nombre, no mueva ni borre columnas u hojas; añada sus notas en la columna de comentarios.",
            ["institution.id"] = "Identificador de la institución (código corto, p. ej. imf-sol)", ["institution.name"] = "Nombre de la institución", ["institution.country"] = "País (código ISO, p. ej. PE)",
            ["period"] = "Período que describe la evidencia (p. ej. 2025)", ["date"] = "Fecha de la evaluación", ["assessment"] = "Tipo de evaluación", ["assessor"] = "Evaluador (quien llenó el cuestionario)",
            ["ruleset"] = "Reglamento", ["generated"] = "Escrito por SpmAudit; impórtelo con: spm-audit audit --evidence <este archivo>",
            ["yes_no"] = "sí o no", ["one_of"] = "uno de", ["whole"] = "un número entero", ["number"] = "un número", ["percentage"] = "un porcentaje", ["date_type"] = "una fecha (AAAA-MM-DD)",
            ["text"] = "texto", ["list"] = "registros en la hoja", ["list_answer"] = "luego responda", ["from"] = "de", ["to"] = "a", ["unit"] = "en", ["note"] = "Nota sobre este indicador",
            ["record_rows"] = "Una fila por registro; deje el resto vacío.",
        }.ToFrozenDictionary(),
    }.ToFrozenDictionary();

    private readonly FrozenDictionary<string, string> _words = Tables.GetValueOrDefault(language) ?? Tables["en"];

    public string Language { get; } = Tables.ContainsKey(language) ? language : "en";

    public string this[string code] => _words[code];

    public string Header(string code) => QuestionnaireLayout.Label(code, Language);

    /// <summary>What an answer must be, in words: "a percentage from 0% to 100%", "one of specific, general, none".</summary>
    public string Expected(EvidenceItem item, string? listSheet = null)
    {
        var text = item.Type.Kind == TypeKind.RecordList
            ? $"{this["list"]} '{listSheet}', {this["list_answer"]} {QuestionnaireLayout.Listed(Language)} / {QuestionnaireLayout.None(Language)}"
            : Expected(item.Type);
        if (item.Min is not null || item.Max is not null)
        {
            text += item.Min is { } min ? $" {this["from"]} {Bound(item, min)}" : "";
            text += item.Max is { } max ? $" {this["to"]} {Bound(item, max)}" : "";
        }

        return item.Unit is { } unit ? $"{text} ({this["unit"]} {unit})" : text;
    }

    /// <summary>A field of a 'list of' item, in words.</summary>
    public string Expected(DataType type) => type.Kind switch
    {
        TypeKind.Boolean => this["yes_no"],
        TypeKind.Choice => $"{this["one_of"]}: {string.Join(", ", type.Choices)}",
        TypeKind.Integer => this["whole"],
        TypeKind.Number => this["number"],
        TypeKind.Percentage => this["percentage"],
        TypeKind.Date => this["date_type"],
        _ => this["text"],
    };

    private static string Bound(EvidenceItem item, double bound) => item.Type.Kind == TypeKind.Percentage
        ? (bound * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%"
        : bound.ToString("0.##", CultureInfo.InvariantCulture);
}
