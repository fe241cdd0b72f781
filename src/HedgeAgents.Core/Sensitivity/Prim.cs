namespace HedgeAgents.Core.Sensitivity;

/// <summary>The Patient Rule Induction Method (Friedman and Fisher 1999) for scenario discovery: peeling finds a
/// trajectory of ever smaller, denser boxes of the points where the outcome holds; pasting then grows a chosen box
/// back wherever that does not lower its density.</summary>
public static class Prim
{
    /// <summary>Peels from the whole space. Each step removes, from one side of one dimension, the slice of about
    /// α of the box's points (at least one point; with tied values, the whole tied value) whose removal leaves the
    /// densest box (ties: the smaller slice, then the lower dimension, lower side first). Peeling stops when the box is
    /// pure (density 1), when every peel would leave less than the minimum mass, or when every peel would lower the
    /// density. A side beyond which no point would join the box opens (±∞).</summary>
    /// <remarks>With every point positive, the trajectory is the one box that bounds nothing (density and coverage 1).</remarks>
    /// <exception cref="ArgumentException">No point is positive (coverage is 0/0: there is nothing to find), or bad options.</exception>
    public static PrimTrajectory Peel(PrimData data, PrimOptions options)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        RequirePositives(data);
        var box = BoxState.Whole(data);
        var boxes = new List<PrimBox> { box.Snapshot(data) };
        var minPoints = options.MinMass * data.Count;
        var order = new int[data.Count];
        while (box.Positives < box.Count)
        {
            Cut? best = null;
            for (var j = 0; j < data.Dimensions; j++)
            {
                var m = box.SortedMembers(data, j, order);
                var k = Math.Max(1, (int)Math.Floor(options.PeelAlpha * m));
                var column = data.Column(j);
                foreach (var lowerSide in (ReadOnlySpan<bool>)[true, false])
                {
                    // Walk in from this side: the slice is everything before the k-th point's value, or, when that value
                    // is the edge's own (ties), the whole edge value.
                    int Member(int r) => order[lowerSide ? r : m - 1 - r];
                    var edge = column[Member(0)];
                    var bound = column[Member(Math.Min(k, m - 1))];
                    if (bound == edge)
                    {
                        var r = 1;
                        while (r < m && column[Member(r)] == edge) r++;
                        if (r == m) break; // constant in the box: nothing to peel in this dimension
                        bound = column[Member(r)];
                    }
                    int removed = 0, removedPositives = 0;
                    while (column[Member(removed)] != bound)
                    {
                        if (data.IsPositive(Member(removed))) removedPositives++;
                        removed++;
                    }
                    var left = box.Count - removed;
                    if (left < minPoints) continue;
                    var cut = new Cut(j, lowerSide, bound, removed, (double)(box.Positives - removedPositives) / left);
                    if (best is null || cut.IsBetterPeelThan(best.Value)) best = cut;
                }
            }
            if (best is null || best.Value.Density < box.Density) break;
            box.Apply(data, best.Value);
            boxes.Add(box.Snapshot(data));
        }
        return new PrimTrajectory([.. boxes]);
    }

    /// <summary>Pastes onto <paramref name="box"/>: each step moves one bounded side of one dimension outward over the
    /// nearest points outside it (those inside the box in every other dimension), about α of the box's points (ties
    /// kept together), choosing the step that leaves the densest box (ties: more positives gained, then the lower
    /// dimension, lower side first), as long as the density does not fall. A side beyond which no point would join the box
    /// opens (±∞).</summary>
    /// <exception cref="ArgumentException">The box's dimensions differ from the data's, no point is positive, or bad options.</exception>
    public static PrimBox Paste(PrimData data, PrimBox box, PrimOptions options)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(box);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        RequirePositives(data);
        if (box.Dimensions != data.Dimensions)
            throw new ArgumentException($"the box has {box.Dimensions} dimensions but the data {data.Dimensions}", nameof(box));
        var state = BoxState.Of(data, box);
        var outside = new List<int>();
        while (true)
        {
            Cut? best = null;
            var k = Math.Max(1, (int)Math.Floor(options.PasteAlpha * state.Count));
            for (var j = 0; j < data.Dimensions; j++)
            {
                var column = data.Column(j);
                foreach (var lowerSide in (ReadOnlySpan<bool>)[true, false])
                {
                    if (lowerSide ? double.IsNegativeInfinity(state.Lower[j]) : double.IsPositiveInfinity(state.Upper[j])) continue;
                    state.OutsideOnly(data, j, lowerSide, outside);
                    if (outside.Count == 0) continue;
                    // Nearest first; the slice ends at the k-th nearest value and takes every point tied with it.
                    outside.Sort((a, b) => lowerSide ? column[b].CompareTo(column[a]) : column[a].CompareTo(column[b]));
                    var bound = column[outside[Math.Min(k, outside.Count) - 1]];
                    int added = 0, addedPositives = 0;
                    while (added < outside.Count && (lowerSide ? column[outside[added]] >= bound : column[outside[added]] <= bound))
                    {
                        if (data.IsPositive(outside[added])) addedPositives++;
                        added++;
                    }
                    var cut = new Cut(j, lowerSide, bound, added, (double)(state.Positives + addedPositives) / (state.Count + added), addedPositives);
                    if (best is null || cut.IsBetterPasteThan(best.Value)) best = cut;
                }
            }
            if (best is null || best.Value.Density < state.Density) break;
            state.Apply(data, best.Value);
        }
        return state.Snapshot(data);
    }

    private static void RequirePositives(PrimData data)
    {
        if (data.Positives == 0)
            throw new ArgumentException(
                $"none of the {data.Count} points has the outcome of interest, so coverage (positives inside / all positives) " +
                "is undefined and PRIM has no box to find", nameof(data));
    }

    /// <summary>A candidate peel or paste: move one side of dimension <see cref="Dimension"/> to <see cref="Bound"/>,
    /// removing or adding <see cref="Points"/> points and leaving the box at <see cref="Density"/>.</summary>
    private readonly record struct Cut(int Dimension, bool LowerSide, double Bound, int Points, double Density, int Positives = 0)
    {
        // Candidates arrive by dimension and lower side first, so keeping the earlier on a full tie prefers those.
        public bool IsBetterPeelThan(Cut other) =>
            Density > other.Density || (Density == other.Density && Points < other.Points);

        public bool IsBetterPasteThan(Cut other) =>
            Density > other.Density || (Density == other.Density && Positives > other.Positives);
    }

    /// <summary>A box being peeled or pasted: its bounds and which points it holds.</summary>
    private sealed class BoxState
    {
        private readonly bool[] _inside;

        private BoxState(double[] lower, double[] upper, bool[] inside, int count, int positives)
        {
            Lower = lower;
            Upper = upper;
            _inside = inside;
            Count = count;
            Positives = positives;
        }

        public double[] Lower { get; }
        public double[] Upper { get; }
        public int Count { get; private set; }
        public int Positives { get; private set; }
        public double Density => (double)Positives / Count;

        public static BoxState Whole(PrimData data)
        {
            var d = data.Dimensions;
            var lower = new double[d];
            var upper = new double[d];
            Array.Fill(lower, double.NegativeInfinity);
            Array.Fill(upper, double.PositiveInfinity);
            var inside = new bool[data.Count];
            Array.Fill(inside, true);
            return new BoxState(lower, upper, inside, data.Count, data.Positives);
        }

        public static BoxState Of(PrimData data, PrimBox box)
        {
            var state = new BoxState([.. box.Lower], [.. box.Upper], new bool[data.Count], 0, 0);
            state.Recount(data);
            state.OpenRedundantSides(data);
            return state;
        }

        /// <summary>Writes the box's points into <paramref name="order"/> sorted by dimension j; returns how many.</summary>
        public int SortedMembers(PrimData data, int j, int[] order)
        {
            var m = 0;
            for (var i = 0; i < data.Count; i++)
                if (_inside[i]) order[m++] = i;
            var column = data.Column(j);
            // Sorted by value, then index, so the order (and every tie-break after it) is deterministic.
            order.AsSpan(0, m).Sort((a, b) => column[a] != column[b] ? column[a].CompareTo(column[b]) : a.CompareTo(b));
            return m;
        }

        /// <summary>The points beyond one side of dimension j that are inside the box in every other dimension.</summary>
        public void OutsideOnly(PrimData data, int j, bool lowerSide, List<int> result)
        {
            result.Clear();
            var column = data.Column(j);
            for (var i = 0; i < data.Count; i++)
            {
                if (_inside[i] || !(lowerSide ? column[i] < Lower[j] : column[i] > Upper[j])) continue;
                var others = true;
                for (var o = 0; o < data.Dimensions && others; o++)
                    if (o != j) others = Lower[o] <= data[i, o] && data[i, o] <= Upper[o];
                if (others) result.Add(i);
            }
        }

        public void Apply(PrimData data, Cut cut)
        {
            if (cut.LowerSide) Lower[cut.Dimension] = cut.Bound;
            else Upper[cut.Dimension] = cut.Bound;
            Recount(data);
            OpenRedundantSides(data);
        }

        /// <summary>Opens every side that excludes no point the rest of the box would hold: on these data it bounds
        /// nothing, so reporting it as a restriction would be a claim the data do not support.</summary>
        public void OpenRedundantSides(PrimData data)
        {
            var beyond = new List<int>();
            for (var j = 0; j < data.Dimensions; j++)
            {
                if (!double.IsNegativeInfinity(Lower[j]))
                {
                    OutsideOnly(data, j, lowerSide: true, beyond);
                    if (beyond.Count == 0) Lower[j] = double.NegativeInfinity;
                }
                if (!double.IsPositiveInfinity(Upper[j]))
                {
                    OutsideOnly(data, j, lowerSide: false, beyond);
                    if (beyond.Count == 0) Upper[j] = double.PositiveInfinity;
                }
            }
        }

        public PrimBox Snapshot(PrimData data) =>
            new([.. Lower], [.. Upper], Count, Positives, (double)Positives / data.Positives, Density, (double)Count / data.Count);

        private void Recount(PrimData data)
        {
            Count = 0;
            Positives = 0;
            for (var i = 0; i < data.Count; i++)
            {
                var inside = true;
                for (var j = 0; j < data.Dimensions && inside; j++)
                    inside = Lower[j] <= data[i, j] && data[i, j] <= Upper[j];
                _inside[i] = inside;
                if (!inside) continue;
                Count++;
                if (data.IsPositive(i)) Positives++;
            }
        }
    }
}
