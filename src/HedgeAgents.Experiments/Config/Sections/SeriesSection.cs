using System.Text;
using System.Text.Json.Nodes;
using HedgeAgents.Experiments.Config.Series;

namespace HedgeAgents.Experiments.Config.Sections;

/// <summary><c>series</c>: parameters set period by period from columns of data files. Not a model section: paths
/// cannot start with it; its keys are declared in <see cref="SeriesKeys"/>.</summary>
internal sealed class SeriesSection : ConfigSection
{
    /// <inheritdoc />
    public override string Key => "series";

    /// <inheritdoc />
    public override string ReferenceIntro =>
        "A list of maps. Each sets one parameter path in every period from a column of a CSV file (e.g. `data/`),\n" +
        "so an observed series (trade shares per year, a route's capacity per year) drives the run. A year's value\n" +
        "holds from the year's first period; the rules say what periods between, before and after the observations\n" +
        "get. The values are checked like every parameter (after every change); no event may set the same path, while\n" +
        "`--set` or a sweep on it replaces the series (the value holds from round 0). The file's SHA-256 goes into the\n" +
        "manifest, so `hedge reproduce` refuses a changed data file.";

    /// <summary>The keys of an entry, as the reference page tables them.</summary>
    public string ReferenceTable
    {
        get
        {
            var md = new StringBuilder();
            md.AppendLine("| key | type | default | meaning |");
            md.AppendLine("|---|---|---|---|");
            foreach (var key in SeriesKeys.All)
            {
                var type = key.Words.Length > 0 ? string.Join(" \\| ", key.Words.Select(w => $"`{w}`")) : key.Kind;
                var def = key.Required ? "(required)" : key.Default is null ? "—" : $"`{key.Default}`";
                md.AppendLine($"| `{key.Name}` | {type} | {def} | {key.Doc.Replace("|", "\\|")} |");
            }
            return md.ToString().TrimEnd('\n', '\r');
        }
    }

    /// <summary>The JSON Schema of the section: a list of entries with the keys of <see cref="SeriesKeys"/>.</summary>
    public JsonObject Schema()
    {
        var properties = new JsonObject();
        foreach (var key in SeriesKeys.All)
        {
            var doc = key.Doc + (key.Required ? " (required)" : key.Default is null ? "" : $" (default {key.Default})");
            properties[key.Name] = key.Kind switch
            {
                "map" => new JsonObject
                {
                    ["description"] = doc, ["type"] = "object",
                    ["additionalProperties"] = new JsonObject { ["type"] = ExperimentSchema.Strings(["string", "number", "integer"]) },
                },
                "number" => new JsonObject { ["description"] = doc, ["type"] = "number" },
                _ when key.Words.Length > 0 => new JsonObject { ["description"] = doc, ["enum"] = ExperimentSchema.Strings(key.Words) },
                _ => new JsonObject { ["description"] = doc, ["type"] = ExperimentSchema.Strings(["string", "integer"]), ["minLength"] = 1 },
            };
        }
        return new JsonObject
        {
            ["description"] = "parameters set period by period from columns of data files (CSV), e.g. trade shares per year",
            ["type"] = ExperimentSchema.Strings(["array", "null"]),
            ["items"] = new JsonObject
            {
                ["type"] = "object",
                ["properties"] = properties,
                ["required"] = ExperimentSchema.Strings(SeriesKeys.All.Where(k => k.Required).Select(k => k.Name)),
                ["additionalProperties"] = false,
            },
        };
    }
}
