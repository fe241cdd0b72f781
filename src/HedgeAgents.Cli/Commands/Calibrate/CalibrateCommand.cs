using System.CommandLine;
using System.Text;
using HedgeAgents.Experiments.Calibration;
using HedgeAgents.Experiments.Config;
using HedgeAgents.Experiments.Output;

namespace HedgeAgents.Cli.Commands.Calibrate;

/// <summary><c>hedge calibrate</c>: shock hazards estimated from the record's event counts, written to an observation
/// file for experiments and a generated page for readers; <c>--check</c> tells CI whether both are current.</summary>
internal static class CalibrateCommand
{
    /// <summary>The spec read when none is given.</summary>
    public const string DefaultSpec = "data/calibration.yaml";

    /// <summary>The page written when <c>--out-doc</c> is not given, relative to the current folder.</summary>
    public const string DefaultDoc = "docs/calibration.md";

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var spec = new Argument<string>("spec")
        {
            Description = "the calibration file (YAML); its event files lie beside it",
            DefaultValueFactory = _ => DefaultSpec,
        };
        var outData = new Option<string?>("--out-data") { Description = "where hazards.csv goes [default: <spec folder>/estimates/hazards.csv]" };
        var outDoc = new Option<string>("--out-doc") { Description = "where the generated page goes", DefaultValueFactory = _ => DefaultDoc };
        var check = new Option<bool>("--check")
        {
            Description = "write nothing; exit 1 if either file differs from what the spec gives now (a stale calibration), 0 if both are current",
        };
        var command = new Command("calibrate", """
            Estimate shock hazards from the record's event counts. Each entry of the calibration file counts the events of
            an event file (rows kept by 'where:'; each row one event, 'episodes' of overlapping rows, or a column summed)
            in each window of calendar years, and gives the rate per round (quarter, year or month) with its exact
            Poisson 95% interval (Garwood), the probability of at least one event per round and, when the file has
            lengths ('days'), the mean share of a round lost. Writes data/estimates/hazards.csv (observation format:
            measures hazard and severity, basis derived) and docs/calibration.md (generated; do not edit). The
            calibration file's format: docs/calibration.md, section 'The calibration file'.
            Exit: 0 written (or current, with --check), 1 stale (--check), 2 a bad spec or event file (nothing is written).
            Examples: hedge calibrate
                      hedge calibrate data/calibration.yaml --check
            """)
        {
            spec, outData, outDoc, check,
        };
        command.SetAction(parse =>
        {
            var specPath = parse.GetValue(spec)!;
            var dataPath = parse.GetValue(outData) ?? Path.Combine(Path.GetDirectoryName(specPath) is { Length: > 0 } d ? d : ".", "estimates", "hazards.csv");
            var docPath = parse.GetValue(outDoc)!;
            if (!File.Exists(specPath))
            {
                stderr.WriteLine($"{specPath}:0:0: file: no such file; a calibration file lists 'estimates:' (see 'hedge calibrate --help')");
                return CliApp.BadInput;
            }
            string csv, page;
            try
            {
                (csv, page) = Calibrator.Run(specPath, Shown(specPath, docPath), Shown(dataPath, docPath));
            }
            catch (ConfigException e)
            {
                foreach (var error in e.Errors) stderr.WriteLine(error.ToString());
                stderr.WriteLine($"hedge calibrate: {e.Errors.Count} error(s); nothing was written.");
                return CliApp.BadInput;
            }
            var outputs = new (string Path, byte[] Bytes)[] { (dataPath, Encoding.UTF8.GetBytes(csv)), (docPath, Encoding.UTF8.GetBytes(page)) };
            if (parse.GetValue(check)) return Check(outputs, specPath, stderr);
            Write(outputs);
            foreach (var (path, _) in outputs) stderr.WriteLine($"hedge calibrate: wrote {path}");
            return CliApp.Ok;
        });
        return command;
    }

    // A path as the page names it: relative to the folder above the page's (the repository root for docs/x.md), so
    // the page's bytes do not depend on where the command was run from.
    private static string Shown(string path, string docPath)
    {
        var root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(docPath)) ?? ".", ".."));
        var relative = Path.GetRelativePath(root, Path.GetFullPath(path));
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }

    private static int Check(IEnumerable<(string Path, byte[] Bytes)> outputs, string specPath, TextWriter stderr)
    {
        var stale = outputs.Where(o => !File.Exists(o.Path) || !File.ReadAllBytes(o.Path).AsSpan().SequenceEqual(o.Bytes)).ToList();
        foreach (var (path, _) in stale)
            stderr.WriteLine($"hedge calibrate: {path} is {(File.Exists(path) ? "stale: it differs from" : "missing: it is not")} what {specPath} gives; " +
                             $"run 'hedge calibrate {specPath}' and commit the result");
        if (stale.Count > 0) return CliApp.Failure;
        stderr.WriteLine("hedge calibrate: " + string.Join(" and ", outputs.Select(o => o.Path)) + " are current");
        return CliApp.Ok;
    }

    // Each file atomic, and neither renamed into place until both are complete.
    private static void Write(IReadOnlyList<(string Path, byte[] Bytes)> outputs)
    {
        var sets = new Dictionary<string, AtomicFileSet>(StringComparer.Ordinal);
        try
        {
            foreach (var (path, bytes) in outputs)
            {
                var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
                if (!sets.TryGetValue(folder, out var set)) sets[folder] = set = new AtomicFileSet(folder);
                set.Write(Path.GetFileName(path), bytes);
            }
            foreach (var set in sets.Values) set.Commit();
        }
        finally
        {
            foreach (var set in sets.Values) set.Dispose();
        }
    }
}
