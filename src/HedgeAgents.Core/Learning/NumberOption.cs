using System.Globalization;

namespace HedgeAgents.Core.Learning;

/// <summary>A real-number option within [Min, Max]; its default text is the shortest round-trip form of the default.</summary>
public sealed class NumberOption(string name, double defaultValue, string description,
    double min = double.NegativeInfinity, double max = double.PositiveInfinity)
    : LearningOption<double>(name, OptionKind.Number, defaultValue, defaultValue.ToString("R", CultureInfo.InvariantCulture),
        description, min, max)
{
    /// <inheritdoc />
    protected override double Parse(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
