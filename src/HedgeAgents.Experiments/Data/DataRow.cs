using System.Collections.Immutable;

namespace HedgeAgents.Experiments.Data;

/// <summary>One row of a <see cref="DataTable"/>: its fields in header order and the line it starts on.</summary>
public sealed record DataRow(int Line, ImmutableArray<string> Fields);
