namespace HedgeAgents.Experiments.Tests.Calibration;

/// <summary>CSV parsing for assertions, with the repository's own reader so tests and tools parse alike.</summary>
internal static class Repo
{
    public static string[] CsvFields(string line)
    {
        var fields = new List<string>();
        new HedgeAgents.Experiments.Sweeps.Output.CsvReader(new StringReader(line)).TryRead(fields);
        return [.. fields];
    }
}
