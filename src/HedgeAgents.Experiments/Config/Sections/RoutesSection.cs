using System.Collections.Immutable;
using System.Text.Json.Nodes;
using HedgeAgents.Core.Parameters;
using YamlDotNet.RepresentationModel;

namespace HedgeAgents.Experiments.Config.Sections;

/// <summary><c>routes</c>: <c>routes.&lt;ID&gt;.key</c>; <c>actor</c> is read separately; a path must name a listed route.</summary>
internal sealed class RoutesSection : EntitySection<RouteSpec>
{
    public override string Key => "routes";
    public override string Noun => "route";
    public override bool Creates => false;
    public override EntityIdentity Identity { get; } = new IdIdentity(isRoute: true);

    public override ImmutableArray<Leaf<RouteSpec>> Leaves { get; } =
    [
        new("name", LeafKind.Text, Bounds.Any, "the id", "display name",
            r => ParameterValue.Of(r.Name), (r, v) => r with { Name = v.Text }),
        new("serves", LeafKind.Id, Bounds.Any, "(required)", "the counterparty the route serves; not the route's actor",
            r => ParameterValue.Of(r.Serves), (r, v) => r with { Serves = v.Text }) { Required = true },
        new("controller", LeafKind.OptionalId, Bounds.Any, "null", "actor whose hostility raises the route's hazard",
            r => ParameterValue.Of(r.Controller ?? "null"),
            (r, v) => r with { Controller = LeafCoercion.IsNone(v.Text) ? null : v.Text }),
        new("capacity", LeafKind.Number, Bounds.NonNegative, "(required)", "capacity per year (Mt); 0 = not built yet",
            r => ParameterValue.Of(r.Capacity), (r, v) => r with { Capacity = v.Number }) { Required = true, Unit = "Mt/yr" },
        new("hazard", LeafKind.Number, Bounds.NonNegative, "1", "multiplier on the disruption hazard",
            r => ParameterValue.Of(r.Hazard), (r, v) => r with { Hazard = v.Number }) { Unit = "×" },
        new("outage", LeafKind.Number, Bounds.Unit, "0",
            "probability per round of a closure no player chooses (storm, breakdown, a third party's attack); not scaled by hostility, `shocks.scale` or geography",
            r => ParameterValue.Of(r.Outage), (r, v) => r with { Outage = v.Number }) { Unit = "per round" },
        new("closed", LeafKind.Integer, Bounds.NonNegative, "0", "rounds the route is forced closed from when this is set",
            r => ParameterValue.Of(r.Closed), (r, v) => r with { Closed = (int)v.Number }) { Unit = "rounds" },
    ];

    public override IReadOnlyList<string> IdsOf(RouteSpec entry) => [entry.Id];
    /// <summary>A route with no actor yet (the file gives it), no controller, zero capacity (capacity is required in
    /// files), hazard 1, open.</summary>
    public override RouteSpec Create(IReadOnlyList<string> ids) => new(ids[0], ids[0], "", "", null, 0.0);
    public override IEnumerable<RouteSpec> Entries(ModelParameters parameters) => parameters.Routes;
    public override ModelParameters Add(ModelParameters parameters, RouteSpec entry) => parameters with { Routes = parameters.Routes.Add(entry) };
    public override ModelParameters Replace(ModelParameters parameters, int index, RouteSpec entry) =>
        parameters with { Routes = parameters.Routes.SetItem(index, entry) };

    protected override ImmutableArray<string> ExtraKeys => ["actor"];

    // The route's actor: whose flows use it; fixed by the file, so it is no leaf.
    protected override RouteSpec ReadExtra(ExperimentReader reader, YamlMappingNode item, string prefix, RouteSpec entry)
    {
        var actorNode = ExperimentReader.Child(item, "actor");
        if (actorNode is null) reader.Error(item, $"{prefix}.actor", "missing required key 'actor' (whose flows use the route)");
        else if (reader.Word(actorNode, $"{prefix}.actor") is { } word)
        {
            reader.Record($"{prefix}.actor", actorNode);
            return entry with { Actor = word };
        }
        return entry;
    }

    public override string SchemaDescription => "trade routes of an actor's flows to a counterparty; ids unique";
    public override IEnumerable<(string Key, JsonObject Schema)> IdentitySchema() =>
    [
        ("id", new JsonObject
        {
            ["description"] = "unique route id: a letter, then letters, digits, _ or - (required)",
            ["type"] = "string",
            ["pattern"] = ExperimentSchema.RouteId,
        }),
        ("actor", ExperimentSchema.Ref("actorId", "the actor whose flows use the route (required)")),
    ];
    public override IEnumerable<(string Key, string Doc)> IdentityReference => [("id", "route id"), ("actor", "actor id whose flows use the route")];
    public override string ReferenceIntro => "A list; ids unique (a letter, then letters, digits, `_` or `-`); `actor`, `serves` and " +
                                             "`controller` existing ids; `serves` ≠ `actor`.";

    protected override void Check(RouteSpec r, string prefix, IReadOnlyList<RouteSpec> earlier, ValidationScope scope)
    {
        if (!ParameterValidator.IsRouteId(r.Id)) scope.Add($"{prefix}.id", $"'{r.Id}' is not a valid route id: a letter, then letters, digits, _ or -");
        CheckDuplicate(r, prefix, earlier, scope);
        scope.Exists($"{prefix}.actor", r.Actor);
        if (scope.Exists($"{prefix}.serves", r.Serves) && r.Serves == r.Actor)
            scope.Add($"{prefix}.serves", $"a route serves a counterparty of its actor, not '{r.Actor}' itself");
        if (r.Controller is not null) scope.Exists($"{prefix}.controller", r.Controller);
    }
}
