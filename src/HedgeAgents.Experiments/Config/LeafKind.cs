using System.Collections.Immutable;

namespace HedgeAgents.Experiments.Config;

/// <summary>What kind of value a parameter takes; decides how a <see cref="ParameterValue"/> is accepted.</summary>
internal enum LeafKind
{
    Number,
    Integer,
    Seed,
    Bool,
    Text,
    Choice,
    Id,
    OptionalId,
    IdList,
}
