using System.Collections.Immutable;
using System.Text;
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
        md.AppendLine("""
            Other top-level keys: `actors`, `relations`, `rivalries`, `threats`, `strategies`, `insurance`, `shocks`,
            `routes`, `demand`, `coalitions`, `events` (below). `start` must be written as the period writes labels: `2015Q1` for
            `quarter`, `2015` for `year`, `2015-01` for `month`, an integer for `round`.

            """);

        Section(md, "actors", "A list of maps. At least one actor must be of kind `middle` or `great`.",
        [
            Identity("id", "(required)", "unique; a letter, then letters, digits or `_`"),
            Identity("kind", "(required)", "`middle`, `great` or `partner` (partners do not choose and take no `learning`)"),
            .. ParameterSchema.Actor.Select(l => Row(l.Key, $"actors.<ID>.{l.Key}", l)),
            $"| `learning.rule` | `actors.<ID>.learning.rule` | word | {Core.Parameters.LearningSpec.Default.Rule} | {string.Join(", ", LearningRules.Registry.Names)} | the learning rule; changing it resets its options |",
            "| `learning.<option>` | `actors.<ID>.learning.<option>` | see below | see below | see below | an option of the rule |",
        ]);
        md.AppendLine("Learning rules and their options (options equal to their default are not stored):");
        md.AppendLine();
        md.AppendLine("| rule | option | type | default | range | meaning |");
        md.AppendLine("|---|---|---|---|---|---|");
        foreach (var factory in LearningRules.Registry.Entries)
        {
            foreach (var o in factory.Options)
            {
                var range = o.Kind switch
                {
                    OptionKind.Number => new Bounds(o.Min, o.Max).ToString(),
                    OptionKind.Choice => string.Join(", ", o.Allowed ?? []),
                    _ => "an action of the actor: `balancing:<GP>`, `bandwagoning:<GP>`, `equidistance`, `hedging`",
                };
                md.AppendLine($"| `{factory.Name}` | `{o.Name}` | {o.Kind.ToString().ToLowerInvariant()} | {o.Default} | {range} | {o.Description} |");
            }
        }
        md.AppendLine();

        Section(md, "relations", "A list of directed relations; `from` ≠ `to`, both existing ids, no duplicate pair. " +
                                 "A relation must be listed here before its path can be set.",
        [
            Identity("from", "(required)", "actor id"),
            Identity("to", "(required)", "actor id"),
            .. ParameterSchema.Relation.Select(l => Row(l.Key, $"relations.<FROM>.<TO>.{l.Key}", l)),
        ]);
        Section(md, "rivalries", "A list; both ids great powers, distinct, no duplicate pair in either order. " +
                                 "The path works in either order and creates the rivalry if absent.",
        [
            Identity("between", "(required)", "two great-power ids, `[A, B]`"),
            .. ParameterSchema.Rivalry.Select(l => Row(l.Key, $"rivalries.<A>.<B>.{l.Key}", l)),
        ]);
        Section(md, "threats", "A list; `from` must be a great power. The multiplier is the product of the four factors. " +
                               "The path creates the threat (with factors 1) if absent.",
        [
            Identity("from", "(required)", "great-power id"),
            Identity("to", "(required)", "actor id"),
            .. ParameterSchema.Threat.Select(l => Row(l.Key, $"threats.<FROM>.<TO>.{l.Key}", l)),
        ]);
        Section(md, "strategies", "Nested maps (`strategies: {hedging: {split: {procedural: 0.3}}}`). " +
                                  "The three `split` shares must sum to 1 within 1e-6.",
            Fixed("strategies."));
        Section(md, "insurance", "Dynamics of the three stocks: X ← (1−δ)X + ρ·h·s·k·(1−X).", Fixed("insurance."));
        Section(md, "shocks", $"Each kind ({string.Join(", ", HedgeAgents.Core.Shocks.ShockCatalog.BuiltIn.Names.Select(k => $"`{k}`"))}) also takes `by`, a map from " +
                              "actor id to a hazard multiplier >= 0 (path `shocks.<kind>.by.<ID>`).",
            Fixed("shocks."));
        Section(md, "routes", "A list; ids unique (a letter, then letters, digits, `_` or `-`); `actor`, `serves` and " +
                              "`controller` existing ids; `serves` ≠ `actor`.",
        [
            Identity("id", "(required)", "route id"),
            Identity("actor", "(required)", "actor id whose flows use the route"),
            .. ParameterSchema.Route.Select(l => Row(l.Key, $"routes.<ID>.{l.Key}", l)),
        ]);
        Section(md, "demand", "A list; no duplicate (actor, partner). The path creates the entry if absent.",
        [
            Identity("actor", "(required)", "actor id"),
            Identity("partner", "(required)", "actor id"),
            .. ParameterSchema.Demand.Select(l => Row(l.Key, $"demand.<ACTOR>.<PARTNER>.{l.Key}", l)),
        ]);
        Section(md, "coalitions", "A list; ids unique; `members` at least two distinct middle powers, none in two coalitions. " +
                                  "A coalition pools its members' bargaining power against coercion (docs/model.md §7.4). " +
                                  "A coalition must be listed here before its path can be set.",
        [
            Identity("id", "(required)", "coalition id; a letter, then letters, digits or `_`"),
            .. ParameterSchema.Coalition.Select(l => Row(l.Key, $"coalitions.<ID>.{l.Key}", l)),
        ]);
        md.AppendLine("""
            ## events

            A list of maps. Events run in order of `at` (file order among equal rounds); the parameters after every
            event are checked like the initial ones.

            | key | type | default | meaning |
            |---|---|---|---|
            | `at` | integer or label | (required) | round in [0, rounds), or a period label such as `2022Q1`; with `period: year` a four-digit number is a year |
            | `label` | text | "" | name for reports |
            | `set` | map | (required) | parameter path → value; nested maps are joined into paths; top-level settings are not allowed |
            """);
        return md.ToString().ReplaceLineEndings("\n");
    }

    private static IEnumerable<string> Fixed(string prefix) =>
        ParameterSchema.Fixed.Where(l => l.Key.StartsWith(prefix, StringComparison.Ordinal))
            .Select(l => Row(l.Key[prefix.Length..], l.Key, l));

    private static void Section(StringBuilder md, string title, string intro, IEnumerable<string> rows)
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

    private static string Row<T>(string key, string path, Leaf<T> leaf)
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

    private static string Identity(string key, string def, string doc) => $"| `{key}` | — | | {def} | | {doc} |";
}
