using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using HedgeAgents.Core.Collections;

namespace HedgeAgents.Core.Tests.Collections;

public class ValueArrayTests
{
    // Small items from a small range, so that equal arrays built apart turn up often.
    private static readonly Gen<int[]> Items = from n in Gen.Choose(0, 4) from items in Gen.Choose(0, 2).ArrayOf(n) select items;

    private static Arbitrary<(int[] A, int[] B)> Pairs() => (from a in Items from b in Items select (a, b)).ToArbitrary();

    [FsCheck.NUnit.Property(MaxTest = 300)]
    public Property Equals_TwoArraysBuiltApart_EqualExactlyWhenSequencesAre_HashAgrees() =>
        Prop.ForAll(Pairs(), p =>
        {
            // Given two arrays built from separate copies of two item lists
            ValueArray<int> a = [.. p.A];
            ValueArray<int> b = ImmutableArray.Create(p.B.ToArray());

            // Then they are equal (every way of asking) exactly when the lists are, and equal arrays hash alike
            var same = p.A.SequenceEqual(p.B);
            return a == b == same && a != b != same && a.Equals(b) == same && a.Equals((object)b) == same
                   && b.Equals(a) == same && (!same || a.GetHashCode() == b.GetHashCode());
        });

    [Test]
    public void Default_IsEmpty_EqualsEmptyAndCollectionExpression()
    {
        // Given the default value / Then it is the empty array, equal to [] and to an empty ImmutableArray
        var none = default(ValueArray<double>);
        Assert.Multiple(() =>
        {
            Assert.That((none.Length, none.IsEmpty, none.AsSpan().Length), Is.EqualTo((0, true, 0)));
            Assert.That(none == [], Is.True);
            Assert.That(none == new ValueArray<double>(ImmutableArray<double>.Empty), Is.True);
            Assert.That(none.GetHashCode(), Is.EqualTo(ValueArray<double>.Empty.GetHashCode()));
            Assert.That(none.Items.IsDefault, Is.False);
        });
    }

    [Test]
    public void Indexer_AndForeach_DoNotAllocate()
    {
        // Given an array of doubles (what the engine reads)
        ValueArray<double> a = [1.0, 2.0, 3.0];
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++) sum += a[i];
        foreach (var x in a) sum += x;

        // When it is indexed and iterated many times
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var round = 0; round < 1000; round++)
        {
            for (var i = 0; i < a.Length; i++) sum += a[i];
            foreach (var x in a) sum += x;
            foreach (var x in a.AsSpan()) sum += x;
        }
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Then nothing is allocated
        Assert.That((allocated, sum), Is.EqualTo((0L, 12.0 * 1001 + 6.0 * 1000)));
    }

    [Test]
    public void SetItemAddRemoveAt_ReturnCopies_OriginalUnchanged()
    {
        // Given [1, 2, 3]
        ValueArray<int> a = [1, 2, 3];

        // When copies are made / Then each is as expected and the original is untouched
        Assert.Multiple(() =>
        {
            Assert.That(a.SetItem(1, 9) == [1, 9, 3], Is.True);
            Assert.That(a.Add(4) == [1, 2, 3, 4], Is.True);
            Assert.That(a.RemoveAt(0) == [2, 3], Is.True);
            Assert.That(a == [1, 2, 3], Is.True);
            Assert.That((a.IndexOf(3), a.Contains(5)), Is.EqualTo((2, false)));
        });
    }
}
