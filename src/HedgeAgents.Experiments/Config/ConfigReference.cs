using System.Collections.Immutable;
using System.Text;
using HedgeAgents.Experiments.Config.Sections;
using HedgeAgents.Core.Learning;

namespace HedgeAgents.Experiments.Config;

/// <summary>Writes <c>docs/config-reference.md</c> from the schema tables and the rule registry, so the reference
/// cannot drift from what the loader accepts (a test compares the file with this output).</summary>
internal static class ConfigReference
{
    /// <summary>The whole reference page.</summary>
    public static string Markdown()
    {
        var md = new StringBuilder();
        md.AppendLine("""
            # Experiment file reference

            <!-- Generated from src/HedgeAgents.Experiments/Config/ParameterSchema.cs by ConfigReference.Markdown();
                 regenerate with: HEDGE_UPDATE_DOCS=1 dotnet test --filter ConfigReference -->

            An experiment is one YAML file. Only `name` and `actors` are required; every other key has the default
            below. Unknown keys are errors (with the nearest valid key suggested), and every error is reported at once
            as `file:line:col: key: message`.

            Every scalar has a **parameter path**. Paths are used three ways:
            - in an event's `set:` map, to change a parameter from a given round on (events accumulate: each applies
              to the parameters in force just before it);
            - on the command line, `--set path=value`, applied after the file is read and before it is checked
              (value: a number, `true`/`false`, a word, or a list `[RUS, EUR]`);
            - by `describe`, which prints every path with its value (`path = value`), in the order of this page.

            Top-level settings (the first table) may be changed with `--set` but not in events.
            `<ID>` stands for an actor id, `<FROM>`/`<TO>` for the two ids of a pair.
            Ranges: `[a, b]` includes both ends, `(a, b]` excludes a; `>= 0` means zero or more.
            Units follow the type where a value has one: `Mt/yr` (million tonnes per year), `share` (a fraction of a
            whole, 0 to 1), `probability/round`, `rounds`, `payoff` (the units of `returns`), `×` (a multiplier).
            `hedge describe <file> --explain` prints every path of a file with its value, unit, range and meaning.

            """);

        Section(md, "Top level", "", ParameterSchema.Header.Select(l => Row(l.Key, l.Key, l)));
        var keys = ConfigSections.All.Select((x, i) => i == ConfigSections.All.Length - 1 ? $"`{x.Key}` (below)." : $"`{x.Key}`,");
        md.AppendLine(Wrap("Other top-level keys:", keys, 110) + " `start` must be written as the period writes labels: `2015Q1` for");
        md.AppendLine("`quarter`, `2015` for `year`, `2015-01` for `month`, an integer for `round`.");
        md.AppendLine();

        foreach (var section in ConfigSections.All)
        {
            switch (section)
            {
                case EntitySection list:
                    list.Reference(md);
                    break;
                case FixedSection map:
                    Section(md, map.Key, map.ReferenceIntro, map.Leaves(Core.Shocks.ShockCatalog.BuiltIn)
                        .Select(l => Row(l.Key[(map.Key.Length + 1)..], l.Key, l)));
                    break;
                case EventsSection events:
                    md.AppendLine($"## {events.Key}");
                    md.AppendLine();
                    md.AppendLine(events.ReferenceIntro);
                    md.AppendLine();
                    md.AppendLine(events.ReferenceTable);
                    break;
                case SeriesSection series:
                    md.AppendLine();
                    md.AppendLine($"## {series.Key}");
                    md.AppendLine();
                    md.AppendLine(series.ReferenceIntro);
                    md.AppendLine();
                    md.AppendLine(series.ReferenceTable);
                    break;
            }
        }
        return md.ToString().ReplaceLineEndings("\n");
    }

    /// <summary>Writes a section's heading, introduction and table of keys.</summary>
    internal static void Section(StringBuilder md, string title, string intro, IEnumerable<string> rows)
    {
        md.AppendLine($"## {title}");
        md.AppendLine();
        if (intro.Length > 0)
        {
            md.AppendLine(intro);
            md.AppendLine();
        }
        md.AppendLine("| key | parameter path | type | default | range | meaning |");
        md.AppendLine("|---|---|---|---|---|---|");
        foreach (var row in rows) md.AppendLine(row);
        md.AppendLine();
    }

    /// <summary>A leaf's row of a section's table.</summary>
    internal static string Row<T>(string key, string path, Leaf<T> leaf)
    {
        var range = leaf.Kind switch
        {
            LeafKind.Number or LeafKind.Integer => leaf.Range.ToString(),
            LeafKind.Seed => "0 to 2^64−1",
            LeafKind.Choice => string.Join(", ", leaf.Allowed),
            _ => "",
        };
        var unit = leaf.Unit.Length > 0 ? $" ({leaf.Unit})" : "";
        return $"| `{key}` | `{path}` | {LeafCoercion.Describe(leaf.Kind)}{unit} | {leaf.Default} | {range} | {leaf.Doc} |";
    }

    // Words after a lead, filled greedily into lines of at most `width` characters.
    private static string Wrap(string lead, IEnumerable<string> words, int width)
    {
        var lines = new List<string>();
        var line = lead;
        foreach (var word in words)
        {
            if (line.Length + 1 + word.Length > width)
            {
                lines.Add(line);
                line = word;
            }
            else line += " " + word;
        }
        lines.Add(line);
        return string.Join('\n', lines);
    }

    /// <summary>An identity key's row of a section's table (it has no path).</summary>
    internal static string Identity(string key, string def, string doc) => $"| `{key}` | — | | {def} | | {doc} |";
}
