using HedgeAgents.Reporting.Reproduction;

namespace HedgeAgents.Reporting.Tests.Reproduction;

/// <summary>The first difference of two files, as <c>hedge reproduce</c> reports it.</summary>
public class FileComparisonTests
{
    private string _dir = "";

    [SetUp]
    public void CreateDir() => _dir = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "hedge-compare-" + Guid.NewGuid().ToString("N"))).FullName;

    [TearDown]
    public void DeleteDir() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void FirstDifference_CsvLineLongerThanShown_ShowsWindowAroundDifference()
    {
        // Given two text files differing near the end of a 1,000-character line
        var a = Path.Combine(_dir, "a.csv");
        var b = Path.Combine(_dir, "b.csv");
        var line = new string('x', 990) + "0123456789";
        File.WriteAllText(a, "header\n" + line + "\n");
        File.WriteAllText(b, "header\n" + line.Replace("5", "Z", StringComparison.Ordinal) + "\n");

        // When they are compared
        var difference = FileComparison.FirstDifference(a, b);

        // Then line 2 is named at byte 7 + 995, and each version is shown as a window holding the difference
        Assert.That(difference, Is.Not.Null);
        Assert.That(difference!.Line, Is.EqualTo(2));
        Assert.That(difference.Offset, Is.EqualTo(7 + 995));
        Assert.That(difference.Expected, Does.StartWith("…").And.EndWith("0123456789").And.Length.EqualTo(FileComparison.MaxShownChars + 1));
        Assert.That(difference.Actual, Does.EndWith("01234Z6789"));
    }
}
