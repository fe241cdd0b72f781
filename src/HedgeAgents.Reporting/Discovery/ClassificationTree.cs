using System.Collections.Immutable;
using System.Globalization;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace HedgeAgents.Reporting.Discovery;

/// <summary>One shallow classification tree (ML.NET FastTree with a single tree) and ML.NET's permutation feature
/// importance on the same points. One tree rather than a boosted ensemble because its rules can be read as boxes next
/// to PRIM's: FastTree's first tree is a least-squares regression tree on the 0/1 outcome's gradient, which at the
/// constant start is the label itself, so its splits are CART's with the Gini criterion (variance of a 0/1 label is
/// its Gini impurity / 2).</summary>
public static class ClassificationTree
{
    private sealed class Row
    {
        public bool Label { get; set; }
        public float[] Features { get; set; } = [];
    }

    /// <summary>Fits the tree (single-threaded, seeded: the same points give the same tree and importances) and permutes
    /// each parameter <paramref name="permutations"/> times. Importance is measured on the points the tree was fitted to:
    /// the question is what this tree relies on, not how it generalises.</summary>
    public static ClassificationTreeResult Fit(DiscoveryData data, int seed, int leaves, int permutations)
    {
        ArgumentNullException.ThrowIfNull(data);
        var d = data.Parameters.Length;
        var ml = new MLContext(seed);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, d);
        var rows = data.X.Select((x, i) => new Row { Label = data.Positive[i], Features = [.. x.Select(v => (float)v)] }).ToList();
        var view = ml.Data.LoadFromEnumerable(rows, schema);
        var trainer = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            NumberOfTrees = 1,
            NumberOfLeaves = Math.Max(2, leaves),
            // Leaves of at least 5% of the points (10 at most, ML.NET's default) so no rule rests on a handful of runs.
            MinimumExampleCountPerLeaf = Math.Clamp(data.Points.Length / 20, 1, 10),
            NumberOfThreads = 1,
            Seed = seed,
            LabelColumnName = nameof(Row.Label),
            FeatureColumnName = nameof(Row.Features),
        });
        var model = trainer.Fit(view);
        var scored = model.Transform(view);
        var auc = ml.BinaryClassification.Evaluate(scored, nameof(Row.Label)).AreaUnderRocCurve;
        var pfi = ml.BinaryClassification.PermutationFeatureImportance(model, view, nameof(Row.Label), permutationCount: permutations);
        var importance = data.Parameters
            .Select((p, j) => new FeatureImportance(p, -pfi[j].AreaUnderRocCurve.Mean, pfi[j].AreaUnderRocCurve.StandardDeviation))
            .Select((f, j) => (f, j))
            .OrderByDescending(t => Math.Round(t.f.Importance, 12)).ThenBy(t => t.j)
            .Select(t => t.f with { Importance = Clean(t.f.Importance), Sd = Clean(t.f.Sd) })
            .ToImmutableArray();
        var tree = model.Model.SubModel.TrainedTreeEnsemble.Trees[0];
        return new ClassificationTreeResult(importance, Leaves(tree, data), auc);
    }

    // -0 and 1e-17 from float sums read as noise in a table; 12 digits is far below any drop worth reporting.
    private static double Clean(double x) => Math.Round(x, 12) is var r && r == 0 ? 0 : r;

    /// <summary>Walks the tree: a node sends a point left when its feature is ≤ the threshold; a negative child index is
    /// a leaf (~index). Points are routed in single precision, as ML.NET does.</summary>
    private static ImmutableArray<TreeLeaf> Leaves(RegressionTree tree, DiscoveryData data)
    {
        var d = data.Parameters.Length;
        var counts = new int[tree.NumberOfLeaves];
        var positives = new int[tree.NumberOfLeaves];
        for (var i = 0; i < data.X.Length; i++)
        {
            var leaf = LeafOf(tree, data.X[i]);
            counts[leaf]++;
            if (data.Positive[i]) positives[leaf]++;
        }
        var conditions = new ImmutableArray<string>[tree.NumberOfLeaves];
        if (tree.NumberOfNodes == 0) conditions[0] = [];
        else Walk(0, new double[d].Select(_ => double.NegativeInfinity).ToArray(), new double[d].Select(_ => double.PositiveInfinity).ToArray());
        return [.. Enumerable.Range(0, tree.NumberOfLeaves).Select(l => new TreeLeaf(conditions[l], counts[l], positives[l]))];

        void Walk(int node, double[] above, double[] atMost)
        {
            var j = tree.NumericalSplitFeatureIndexes[node];
            var t = (double)tree.NumericalSplitThresholds[node];
            foreach (var left in (ReadOnlySpan<bool>)[true, false])
            {
                var a = (double[])above.Clone();
                var b = (double[])atMost.Clone();
                if (left) b[j] = Math.Min(b[j], t);
                else a[j] = Math.Max(a[j], t);
                var child = left ? tree.LeftChild[node] : tree.RightChild[node];
                if (child >= 0) Walk(child, a, b);
                else conditions[~child] = [.. Enumerable.Range(0, d).Select(k => Interval(data.Parameters[k], a[k], b[k])).OfType<string>()];
            }
        }
    }

    private static int LeafOf(RegressionTree tree, ImmutableArray<double> x)
    {
        if (tree.NumberOfNodes == 0) return 0;
        var node = 0;
        while (true)
        {
            var child = (float)x[tree.NumericalSplitFeatureIndexes[node]] <= tree.NumericalSplitThresholds[node]
                ? tree.LeftChild[node] : tree.RightChild[node];
            if (child < 0) return ~child;
            node = child;
        }
    }

    private static string? Interval(string parameter, double above, double atMost)
    {
        var low = !double.IsNegativeInfinity(above);
        var high = !double.IsPositiveInfinity(atMost);
        return (low, high) switch
        {
            (true, true) => $"{Num(above)} < {parameter} ≤ {Num(atMost)}",
            (true, false) => $"{parameter} > {Num(above)}",
            (false, true) => $"{parameter} ≤ {Num(atMost)}",
            _ => null,
        };
    }

    internal static string Num(double x) => x.ToString("G3", CultureInfo.InvariantCulture);
}
