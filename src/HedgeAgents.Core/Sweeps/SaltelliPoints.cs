namespace HedgeAgents.Core.Sweeps;

/// <summary>The points of a Saltelli design, computed on demand from the Sobol' sequence; <see cref="Layout"/> says
/// which base sample and matrix (A, AB^(i), B) each point is.</summary>
public sealed class SaltelliPoints : UnitCubePoints
{
    private readonly SobolSequence _sequence;

    internal SaltelliPoints(IReadOnlyList<SweepAxis> axes, int samples) : base(axes)
    {
        Layout = new SaltelliLayout(axes.Count, samples);
        _sequence = new SobolSequence(2 * axes.Count);
    }

    /// <summary>Where each point sits in Saltelli's scheme.</summary>
    public SaltelliLayout Layout { get; }

    /// <inheritdoc />
    public override long Count => Layout.Count;

    /// <summary>The base sample: A_j, B_j and every AB_j^(i) share their seeds, so f(AB_j^(i)) − f(A_j) is the effect of
    /// axis i alone, with no replication noise in it.</summary>
    protected override long GroupOf(long point) => Layout.SampleOf(point);

    /// <inheritdoc />
    protected override void WriteUnit(long point, Span<double> unit)
    {
        var d = Layout.Dimensions;
        var index = Layout.SequenceIndex(Layout.SampleOf(point));
        var role = Layout.RoleOf(point);
        for (var i = 0; i < d; i++)
        {
            var fromB = role == Layout.RoleB || role == SaltelliLayout.RoleAB(i);
            unit[i] = _sequence.Coordinate(index, fromB ? d + i : i);
        }
    }
}
