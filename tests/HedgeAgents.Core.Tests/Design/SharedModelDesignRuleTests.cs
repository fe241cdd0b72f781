using System.Collections.Immutable;
using System.Reflection;
using HedgeAgents.Core.Engine;
using HedgeAgents.Core.Routes;

namespace HedgeAgents.Core.Tests.Design;

/// <summary>Design rule: the compiled model is shared, read-only, by parallel replications, so nothing it exposes is a
/// mutable array (a caller could write into another replication's parameters).</summary>
public class SharedModelDesignRuleTests
{
    [TestCase(typeof(CompiledModel))]
    [TestCase(typeof(RouteNetwork))]
    [TestCase(typeof(CompiledScenario))]
    public void SharedType_PublicMembers_ExposeNoMutableArray(Type shared)
    {
        // Given a type the parallel replications share
        // When its public properties and fields are scanned for arrays, nested in generic arguments too
        var offences = MutableArrays(shared).ToList();

        // Then there is none
        Assert.That(offences, Is.Empty);
    }

    [Test]
    public void Scanner_TypeExposingArrays_FlagsEachOne()
    {
        // Given a test-only type with an array property, a jagged array inside an immutable array, a 2-D array field,
        // and read-only members
        // When it is scanned
        var offences = MutableArrays(typeof(Leaky)).ToList();

        // Then the three arrays are reported and nothing else (so an empty list above means something)
        Assert.That(offences, Is.EquivalentTo(new[] { "Leaky.Plain: Double[]", "Leaky.Nested: ImmutableArray`1", "Leaky.Table: Double[,]" }));
    }

    private static IEnumerable<string> MutableArrays(Type t)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var p in t.GetProperties(flags))
            if (HasArray(p.PropertyType)) yield return $"{t.Name}.{p.Name}: {p.PropertyType.Name}";
        foreach (var f in t.GetFields(flags))
            if (HasArray(f.FieldType)) yield return $"{t.Name}.{f.Name}: {f.FieldType.Name}";
    }

    private static bool HasArray(Type t) => t.IsArray || (t.IsGenericType && t.GetGenericArguments().Any(HasArray));

#pragma warning disable CS0649, CA1051
    private sealed class Leaky
    {
        public double[] Plain { get; } = [];

        public ImmutableArray<int[]> Nested { get; } = [];

        public double[,] Table = new double[1, 1];

        public ImmutableArray<double> Fine { get; } = [];

        public Grid<double> AlsoFine { get; }

        public IReadOnlyList<double> ReadOnly { get; } = [];
    }
#pragma warning restore CS0649, CA1051
}
