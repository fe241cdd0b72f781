using HedgeAgents.Experiments.Config;

namespace HedgeAgents.Experiments.Tests.Config;

public class ParameterValueTests
{
    [TestCase("0.5", ParameterValueKind.Number, "0.5")]
    [TestCase("1e-3", ParameterValueKind.Number, "1e-3")]
    [TestCase("-2", ParameterValueKind.Number, "-2")]
    [TestCase("true", ParameterValueKind.Bool, "true")]
    [TestCase("False", ParameterValueKind.Bool, "false")]
    [TestCase("hedging", ParameterValueKind.Text, "hedging")]
    [TestCase("balancing:RUS", ParameterValueKind.Text, "balancing:RUS")]
    [TestCase("'0.5'", ParameterValueKind.Text, "0.5")]
    [TestCase("NaN", ParameterValueKind.Text, "NaN")]
    [TestCase("[RUS, EUR]", ParameterValueKind.List, "[RUS, EUR]")]
    [TestCase("[]", ParameterValueKind.List, "[]")]
    public void Parse_SetValueSyntax_KindAndText(string text, ParameterValueKind kind, string shown)
    {
        // Given the value side of a --set assignment
        // When it is parsed
        var value = ParameterValue.Parse(text);

        // Then it is read as YAML would read it
        Assert.That((value.Kind, value.ToString()), Is.EqualTo((kind, shown)));
    }

    [Test]
    public void Equals_SameNumberWrittenDifferently_Equal()
    {
        // Given 0.50 and 0.5
        // When compared
        // Then they are the same value
        Assert.That(ParameterValue.Parse("0.50"), Is.EqualTo(ParameterValue.Of(0.5)));
    }
}
