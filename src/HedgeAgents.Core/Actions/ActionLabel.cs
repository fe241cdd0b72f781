namespace HedgeAgents.Core.Actions;

/// <summary>An action as written in configs and CSVs: <c>balancing:RUS</c>, <c>bandwagoning:CHN</c>, <c>equidistance</c>, <c>hedging</c>.</summary>
public readonly record struct ActionLabel(Archetype Archetype, string? Target)
{
    /// <summary>The canonical text.</summary>
    public override string ToString() => Target is null ? Archetype.Name() : $"{Archetype.Name()}:{Target}";

    /// <summary>Parses the grammar; returns false with a reason on bad text.</summary>
    public static bool TryParse(string text, out ActionLabel label, out string error)
    {
        label = default;
        error = "";
        var parts = text.Trim().Split(':');
        var head = parts[0].Trim().ToLowerInvariant();
        Archetype? archetype = head switch
        {
            "balancing" => Archetype.Balancing,
            "bandwagoning" => Archetype.Bandwagoning,
            "equidistance" => Archetype.Equidistance,
            "hedging" => Archetype.Hedging,
            _ => null,
        };
        if (archetype is null)
        {
            error = $"'{text}' is not an action; valid: balancing:<GP>, bandwagoning:<GP>, equidistance, hedging";
            return false;
        }
        if (archetype.Value.HasTarget())
        {
            if (parts.Length != 2 || parts[1].Trim().Length == 0)
            {
                error = $"'{text}' needs a target great power, e.g. {head}:RUS";
                return false;
            }
            label = new ActionLabel(archetype.Value, parts[1].Trim());
            return true;
        }
        if (parts.Length != 1)
        {
            error = $"'{text}': {head} takes no target";
            return false;
        }
        label = new ActionLabel(archetype.Value, null);
        return true;
    }
}
