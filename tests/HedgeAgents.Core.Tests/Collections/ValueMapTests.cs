using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using HedgeAgents.Core.Collections;

namespace HedgeAgents.Core.Tests.Collections;

public class ValueMapTests
{
    // Few keys and values, so that equal maps built apart (in different insertion orders) turn up often.
    private static readonly Gen<(string Key, double Value)[]> Entries =
        from n in Gen.Choose(0, 4)
        from keys in Gen.Elements("a", "b", "c").ArrayOf(n)
        from values in Gen.Elements(0.0, 1.0, double.NaN).ArrayOf(n)
        select keys.Zip(values).DistinctBy(x => x.First).ToArray();

    private static Arbitrary<((string Key, double Value)[] A, (string Key, double Value)[] B)> Pairs() =>
        (from a in Entries from b in Entries select (a, b)).ToArbitrary();

    private static ValueMap<string, double> Map(IEnumerable<(string Key, double Value)> entries) =>
        entries.Aggregate(ValueMap<string, double>.Empty, (m, e) => m.SetItem(e.Key, e.Value));

    [FsCheck.NUnit.Property(MaxTest = 300)]
    public Property Equals_TwoMapsBuiltApart_EqualExactlyWhenEntriesAre_HashAgrees() =>
        Prop.ForAll(Pairs(), p =>
        {
            // Given two maps, the second built in reverse insertion order
            var a = Map(p.A);
            var b = Map(p.B.Reverse());

            // Then they are equal exactly when they hold the same keys with equal values (NaN equals NaN, as a
            // record's double member does), and equal maps hash alike
            var same = p.A.Length == p.B.Length && p.A.All(x => p.B.Any(y => y.Key == x.Key && y.Value.Equals(x.Value)));
            return a == b == same && a != b != same && a.Equals((object)b) == same && b.Equals(a) == same
                   && (!same || a.GetHashCode() == b.GetHashCode());
        });

    [Test]
    public void Default_IsEmpty_EqualsEmptyDictionary()
    {
        // Given the default value / Then it is the empty map, equal to an empty dictionary and readable
        var none = default(ValueMap<string, double>);
        Assert.Multiple(() =>
        {
            Assert.That((none.Count, none.IsEmpty, none.ContainsKey("a"), none.TryGetValue("a", out _)), Is.EqualTo((0, true, false, false)));
            Assert.That(none == ImmutableSortedDictionary<string, double>.Empty, Is.True);
            Assert.That(none.GetHashCode(), Is.EqualTo(ValueMap<string, double>.Empty.GetHashCode()));
            Assert.That(none.Keys, Is.Empty);
        });
    }

    [Test]
    public void Equals_SmallMapsAfterWarmUp_DoesNotAllocate()
    {
        // Given two equal maps built apart (learning options are compared at every event for every actor)
        var a = Map([("a", 1.0), ("b", 2.0)]);
        var b = Map([("b", 2.0), ("a", 1.0)]);
        var equal = a == b;

        // When they are compared many times
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++) equal &= a == b;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Then nothing is allocated
        Assert.That((equal, allocated), Is.EqualTo((true, 0L)));
    }
}
