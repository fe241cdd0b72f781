using System.Globalization;

namespace HedgeAgents.Experiments.Calibration;

/// <summary>Calendar years <see cref="From"/> to <see cref="To"/>, both included: the exposure of one estimate.</summary>
public readonly record struct YearWindow(int From, int To)
{
    /// <summary>The number of calendar years.</summary>
    public int Years => To - From + 1;

    /// <summary>Whether <paramref name="year"/> lies in the window.</summary>
    public bool Contains(int year) => year >= From && year <= To;

    /// <summary>Whether the two windows share a year.</summary>
    public bool Overlaps(YearWindow other) => From <= other.To && other.From <= To;

    /// <summary>The years in order.</summary>
    public IEnumerable<int> EachYear() => Enumerable.Range(From, Years);

    /// <summary><c>2015–2021</c> (en dash, as the data README tables write coverage), or the one year.</summary>
    public override string ToString() =>
        From == To ? From.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{From}–{To}");
}
