namespace HedgeAgents.Core.Tests;

public class NameListTests
{
    [TestCase(new string[0], "")]
    [TestCase(new[] { "grid" }, "grid")]
    [TestCase(new[] { "morris", "sobol" }, "morris or sobol")]
    [TestCase(new[] { "grid", "lhs", "morris", "sobol" }, "grid, lhs, morris or sobol")]
    public void Join_Names_ListedInASentence(string[] names, string expected)
    {
        // Given names / When joined / Then commas separate all but the last two, joined by "or"
        Assert.That(NameList.Join(names), Is.EqualTo(expected));
    }

    [Test]
    public void Join_WithAnd_UsesThatConjunction()
    {
        // Given three names and "and" / When joined / Then the last two are joined by "and"
        Assert.That(NameList.Join(["a", "b", "c"], "and"), Is.EqualTo("a, b and c"));
    }
}
