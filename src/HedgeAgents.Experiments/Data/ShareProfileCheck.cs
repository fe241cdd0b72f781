using System.Globalization;
using static HedgeAgents.Experiments.Data.DataConventions;

namespace HedgeAgents.Experiments.Data;

/// <summary>The share rule of files with a partner column: the <c>*_share</c> values of one year, measure, basis (and
/// any other key column) sum to 1 ± <see cref="ShareTolerance"/> when the group has a <c>ROW</c> row, which makes it a
/// complete profile. <c>WORLD</c>, the whole, is not one of the parts.</summary>
internal static class ShareProfileCheck
{
    public static void Check(DataTable table, IReadOnlyList<DataRow> rows, List<DataProblem> problems)
    {
        var others = table.Columns.Where(c => !ObservationNonKeyColumns.Contains(c) && c != Partner).ToList();
        var groups = rows
            .Where(r => r[Measure].EndsWith(ShareSuffix, StringComparison.Ordinal) && r[Partner] != World && DataRow.TryNumber(r[Value], out _))
            .GroupBy(r => string.Join('\u001f', [r[Year], r[Measure], table.Has(Basis) ? r[Basis] : "", .. others.Select(c => r[c])]), StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var rest = group.FirstOrDefault(r => r[Partner] == RestOfWorld);
            if (rest is null) continue;
            var sum = group.Sum(r => r.Number(Value));
            if (Math.Abs(sum - 1) <= ShareTolerance) continue;
            var first = group.First();
            var basis = table.Has(Basis) ? $", basis {first[Basis]}" : "";
            var keys = string.Concat(others.Select(c => $", {c} {first[c]}"));
            problems.Add(rest.Problem(Value, $"the {first[Measure]} shares of {first[Year]}{basis}{keys} sum to " +
                $"{sum.ToString("0.####", CultureInfo.InvariantCulture)}, not 1 ± {ShareTolerance.ToString(CultureInfo.InvariantCulture)}; " +
                $"with {RestOfWorld} the partners are a complete profile"));
        }
    }
}
