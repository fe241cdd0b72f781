namespace HedgeAgents.Experiments.Config.Sections;

/// <summary><c>events</c>: changes of parameters from a round on. Not a model section: paths cannot start with it; the
/// reader, the schema and the reference describe it in their own terms.</summary>
internal sealed class EventsSection : ConfigSection
{
    /// <inheritdoc />
    public override string Key => "events";

    /// <inheritdoc />
    public override string ReferenceIntro =>
        "A list of maps. Events run in order of `at` (file order among equal rounds); the parameters after every\nevent are checked like the initial ones.";

    /// <summary>The keys of an event, as the reference page tables them.</summary>
    public string ReferenceTable => """
        | key | type | default | meaning |
        |---|---|---|---|
        | `at` | integer or label | (required) | round in [0, rounds), or a period label such as `2022Q1`; with `period: year` a four-digit number is a year |
        | `label` | text | "" | name for reports |
        | `set` | map | (required) | parameter path → value; nested maps are joined into paths; top-level settings are not allowed |
        """;
}
