using System.Collections.Immutable;

namespace HedgeAgents.Core.Sweeps;

/// <summary>Points of a sampled design: each is made in the unit cube [0, 1]^d, then mapped to parameter units by
/// <see cref="SweepAxis.FromUnit"/>. Estimators (Sobol' indices, elementary effects) read the unit coordinates.</summary>
public abstract class UnitCubePoints : IDesignPoints
{
    /// <summary>Binds the axes whose mapping <see cref="Fill"/> applies.</summary>
    protected UnitCubePoints(IReadOnlyList<SweepAxis> axes) => Axes = [.. axes];

    /// <summary>The axes, in column order.</summary>
    public ImmutableArray<SweepAxis> Axes { get; }

    /// <inheritdoc />
    public abstract long Count { get; }

    /// <inheritdoc />
    public int Dimensions => Axes.Length;

    /// <summary>Writes point <paramref name="point"/>'s unit coordinates, in [0, 1].</summary>
    /// <exception cref="ArgumentOutOfRangeException">The index is outside [0, Count) or the span's length is not Dimensions.</exception>
    public void FillUnit(long point, Span<double> unit)
    {
        DesignRules.CheckFill(point, unit.Length, Count, Dimensions);
        WriteUnit(point, unit);
    }

    /// <inheritdoc />
    public virtual void Fill(long point, Span<double> values)
    {
        FillUnit(point, values);
        for (var i = 0; i < values.Length; i++) values[i] = Axes[i].FromUnit(values[i]);
    }

    /// <inheritdoc />
    public long SeedGroup(long point)
    {
        DesignRules.CheckPoint(point, Count);
        return GroupOf(point);
    }

    /// <summary>The seed group of a point already checked to be in range: the point itself unless the design groups points.</summary>
    protected virtual long GroupOf(long point) => point;

    /// <summary>Writes the unit coordinates of a point already checked to be in range.</summary>
    protected abstract void WriteUnit(long point, Span<double> unit);
}
