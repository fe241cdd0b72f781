using HedgeAgents.Core.Random;

namespace HedgeAgents.Core.Sweeps;

/// <summary>The trajectories of a Morris design, drawn once at construction. Step s (1..d) of trajectory t goes from
/// point <see cref="PointOf"/>(t, s−1) to (t, s), changing axis <see cref="ChangedAxis"/>(t, s) by
/// <see cref="SignedDelta"/>(t, s) in unit space; the elementary effect is the output change divided by that.</summary>
public sealed class MorrisPoints : UnitCubePoints
{
    private readonly int _d;
    // k: the step in grid levels (Δ = k/(p−1)); p/2 by default.
    private readonly int _step;
    // Per trajectory t, entries t·d .. t·d+d−1: the axis moved at each step, each axis's step (0-based), its start level
    // and its direction (+1 or −1).
    private readonly int[] _order;
    private readonly int[] _stepOf;
    private readonly int[] _start;
    private readonly sbyte[] _direction;

    internal MorrisPoints(IReadOnlyList<SweepAxis> axes, int trajectories, int levels, int step, ulong seed) : base(axes)
    {
        _d = axes.Count;
        _step = step;
        Trajectories = trajectories;
        Levels = levels;
        var size = (long)trajectories * _d;
        _order = new int[size];
        _stepOf = new int[size];
        _start = new int[size];
        _direction = new sbyte[size];
        for (var t = 0; t < trajectories; t++)
        {
            var rng = new Xoshiro256StarStar(SeedDerivation.StreamSeed(seed, t));
            var at = t * _d;
            for (var i = 0; i < _d; i++)
            {
                // The lower of the two levels the axis visits: one of the p − k from which a step of k stays on the grid
                // (p − k = p/2 by default, the draw the design made before delta existed, so those designs are unchanged).
                var low = rng.NextInt(levels - _step);
                var up = (rng.NextUInt64() >> 63) == 0;
                _direction[at + i] = up ? (sbyte)1 : (sbyte)-1;
                _start[at + i] = up ? low : low + _step;
                _order[at + i] = i;
            }
            for (var i = _d - 1; i > 0; i--)
            {
                var k = rng.NextInt(i + 1);
                (_order[at + i], _order[at + k]) = (_order[at + k], _order[at + i]);
            }
            for (var s = 0; s < _d; s++) _stepOf[at + _order[at + s]] = s;
        }
    }

    /// <summary>r: the number of trajectories.</summary>
    public int Trajectories { get; }

    /// <summary>p: the number of grid levels per axis.</summary>
    public int Levels { get; }

    /// <summary>k: every step's size in grid levels (p/2 unless the design's delta says otherwise).</summary>
    public int DeltaSteps => _step;

    /// <summary>Δ = k/(p−1): every step's size in unit space (p/(2(p−1)) by default).</summary>
    public double Delta => (double)_step / (Levels - 1);

    /// <summary>Points per trajectory: d + 1.</summary>
    public int PointsPerTrajectory => _d + 1;

    /// <inheritdoc />
    public override long Count => (long)Trajectories * PointsPerTrajectory;

    /// <summary>The point at position <paramref name="position"/> (0..d) of trajectory <paramref name="trajectory"/>.</summary>
    public long PointOf(int trajectory, int position) => (long)trajectory * PointsPerTrajectory + position;

    /// <summary>The axis (0-based) that step <paramref name="step"/> (1..d) of the trajectory changes.</summary>
    public int ChangedAxis(int trajectory, int step) => _order[Entry(trajectory, step)];

    /// <summary>The change, +Δ or −Δ in unit space, of the changed axis at step <paramref name="step"/> (1..d).</summary>
    public double SignedDelta(int trajectory, int step) =>
        _direction[trajectory * _d + _order[Entry(trajectory, step)]] * Delta;

    /// <summary>The trajectory: its d+1 points share their seeds, so each elementary effect is the effect of its axis
    /// alone, with no replication noise in it.</summary>
    protected override long GroupOf(long point) => point / PointsPerTrajectory;

    /// <summary>Writes the grid level (0..p−1) of each axis at a point: unit coordinate = level/(p−1).</summary>
    public void FillLevels(long point, Span<int> levels)
    {
        DesignRules.CheckFill(point, levels.Length, Count, Dimensions);
        for (var i = 0; i < _d; i++) levels[i] = LevelOf(point, i);
    }

    /// <inheritdoc />
    public override void Fill(long point, Span<double> values)
    {
        DesignRules.CheckFill(point, values.Length, Count, Dimensions);
        for (var i = 0; i < _d; i++) values[i] = ValueAt(point, i);
    }

    /// <inheritdoc />
    protected override void WriteUnit(long point, Span<double> unit)
    {
        for (var i = 0; i < _d; i++) unit[i] = (double)LevelOf(point, i) / (Levels - 1);
    }

    private int LevelOf(long point, int axis)
    {
        var t = (int)(point / PointsPerTrajectory);
        var position = (int)(point % PointsPerTrajectory);
        var e = t * _d + axis;
        return _start[e] + (_stepOf[e] < position ? _direction[e] * _step : 0);
    }

    // A list's index comes from the level in integers: level·k/(p−1) lands exactly on whole numbers (for k = p−1, say),
    // where ⌊u·k⌋ of a rounded u could fall one short.
    private double ValueAt(long point, int axis)
    {
        var level = LevelOf(point, axis);
        var a = Axes[axis];
        if (!a.IsList) return a.FromUnit((double)level / (Levels - 1));
        var k = a.Values.Length;
        return a.Values[(int)Math.Min((long)level * k / (Levels - 1), k - 1)];
    }

    private int Entry(int trajectory, int step)
    {
        if ((uint)trajectory >= (uint)Trajectories) throw new ArgumentOutOfRangeException(nameof(trajectory));
        if (step < 1 || step > _d) throw new ArgumentOutOfRangeException(nameof(step), step, $"a step in 1..{_d}");
        return trajectory * _d + step - 1;
    }
}
