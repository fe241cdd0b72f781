using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;
using HedgeAgents.Core.Collections;
using HedgeAgents.Core.Engine;
using HedgeAgents.Experiments.Config;

namespace HedgeAgents.Experiments.Tests.Design;

/// <summary>Design rule (NodaTime's mutability test is the model): a record compares by value, so a record's collection
/// members must compare by value too — held as <see cref="ValueArray{T}"/> or <see cref="ValueMap{TKey, TValue}"/>, or
/// compared by a hand-written <c>Equals</c> — or the compiler's reference comparison of <see cref="ImmutableArray{T}"/>,
/// arrays and the immutable maps makes two equal records unequal.</summary>
public class RecordEqualityDesignRuleTests
{
    // Records that hold a collection other than ValueArray/ValueMap and compare it by reference, each with its reason.
    // Empty: every record compares its collections by value. An entry needs a stated reason.
    private static readonly string[] Known = [];

    [Test]
    public void Records_WithACollectionMember_CompareItByValue()
    {
        // Given every record of HedgeAgents.Core and HedgeAgents.Experiments
        var records = new[] { typeof(CompiledModel).Assembly, typeof(ExperimentLoader).Assembly }
            .SelectMany(a => a.GetTypes()).Where(IsRecord);

        // When those with a collection member and the compiler's equality are listed
        var offenders = records.Where(t => CollectionMembers(t).Any() && !HandWrittenEquals(t)).Select(t => t.FullName!).Order().ToList();
        TestContext.Out.WriteLine(string.Join(Environment.NewLine, offenders.Select(o => $"\"{o}\",")));

        // Then none is new, and the known ones still are (so the list shrinks when one is fixed)
        Assert.Multiple(() =>
        {
            Assert.That(offenders.Except(Known), Is.Empty, "records that compare a collection by reference");
            Assert.That(Known.Except(offenders), Is.Empty, "fixed: remove from Known");
        });
    }

    [Test]
    public void Scanner_RecordWithACollectionAndCompilerEquality_Flagged_HandWrittenNot()
    {
        // Given two test-only records with the same collection member, one with a hand-written Equals
        // Then only the first is flagged (so an empty list above means something)
        Assert.Multiple(() =>
        {
            Assert.That(IsRecord(typeof(Leaky)), Is.True);
            Assert.That(CollectionMembers(typeof(Leaky)).Any() && !HandWrittenEquals(typeof(Leaky)), Is.True);
            Assert.That(HandWrittenEquals(typeof(Sound)), Is.True);
            Assert.That(CollectionMembers(typeof(Wrapped)).Any(), Is.False);
            Assert.That(new Leaky([1]) == new Leaky([1]), Is.False, "why the rule exists");
            Assert.That(new Sound([1]) == new Sound([1]), Is.True);
            Assert.That(new Wrapped([1], ValueMap.Create([KeyValuePair.Create("a", 1)])) == new Wrapped([1], ValueMap.Create([KeyValuePair.Create("a", 1)])), Is.True);
        });
    }

    private static bool IsRecord(Type t) =>
        t.GetMethod("<Clone>$") is not null
        || (t.IsValueType && t.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is { } m
            && m.GetCustomAttribute<CompilerGeneratedAttribute>() is not null);

    // The members the compiler's equality compares are the instance fields (a computed property such as
    // PrimBox.RestrictedDimensions is not one). A collection member compares by value when it is one of the wrapper
    // types; any other collection (an array, a list, an ImmutableArray, an immutable map) compares by reference.
    private static IEnumerable<Type> CollectionMembers(Type t) =>
        t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Select(f => Nullable.GetUnderlyingType(f.FieldType) ?? f.FieldType)
            .Where(m => m != typeof(string) && !ComparesByValue(m)
                        && (typeof(IEnumerable).IsAssignableFrom(m) || (m.IsGenericType && m.GetGenericTypeDefinition() == typeof(ImmutableArray<>))));

    private static bool ComparesByValue(Type t) =>
        t.IsGenericType && t.GetGenericTypeDefinition() is var d && (d == typeof(ValueArray<>) || d == typeof(ValueMap<,>));

    private static bool HandWrittenEquals(Type t) =>
        t.GetMethod("Equals", BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly,
            [t.IsValueType ? t : t]) is { } m
        && m.GetCustomAttribute<CompilerGeneratedAttribute>() is null;

    private sealed record Leaky(ImmutableArray<int> Items);

    private sealed record Wrapped(ValueArray<int> Items, ValueMap<string, int> Map);

    private sealed record Sound(ImmutableArray<int> Items)
    {
        public bool Equals(Sound? other) => other is not null && Items.SequenceEqual(other.Items);

        public override int GetHashCode() => Items.Length;
    }
}
