using System.Globalization;

namespace HedgeAgents.Experiments.Config;

/// <summary>The valid range of a numeric parameter, open or closed at each end.</summary>
internal readonly record struct Bounds(double Min, double Max, bool MinOpen = false, bool MaxOpen = false)
{
    /// <summary>Any finite number.</summary>
    public static Bounds Any { get; } = new(double.NegativeInfinity, double.PositiveInfinity);

    /// <summary>[0, ∞).</summary>
    public static Bounds NonNegative { get; } = new(0, double.PositiveInfinity);

    /// <summary>(0, ∞).</summary>
    public static Bounds Positive { get; } = new(0, double.PositiveInfinity, MinOpen: true);

    /// <summary>[1, ∞).</summary>
    public static Bounds AtLeastOne { get; } = new(1, double.PositiveInfinity);

    /// <summary>[0, 1].</summary>
    public static Bounds Unit { get; } = new(0, 1);

    /// <summary>(0, 1].</summary>
    public static Bounds UnitOpenBelow { get; } = new(0, 1, MinOpen: true);

    /// <summary>[0, 1).</summary>
    public static Bounds UnitOpenAbove { get; } = new(0, 1, MaxOpen: true);

    /// <summary>Whether the value lies in the range.</summary>
    public bool Contains(double x) =>
        !double.IsNaN(x) && (MinOpen ? x > Min : x >= Min) && (MaxOpen ? x < Max : x <= Max);

    /// <summary>The range as students read it: <c>in [0, 1]</c>, <c>&gt;= 0</c>, <c>&gt; 0</c>.</summary>
    public override string ToString()
    {
        if (double.IsNegativeInfinity(Min) && double.IsPositiveInfinity(Max)) return "any number";
        if (double.IsPositiveInfinity(Max)) return (MinOpen ? "> " : ">= ") + F(Min);
        if (double.IsNegativeInfinity(Min)) return (MaxOpen ? "< " : "<= ") + F(Max);
        return $"in {(MinOpen ? '(' : '[')}{F(Min)}, {F(Max)}{(MaxOpen ? ')' : ']')}";
    }

    private static string F(double x) => x.ToString("R", CultureInfo.InvariantCulture);
}
