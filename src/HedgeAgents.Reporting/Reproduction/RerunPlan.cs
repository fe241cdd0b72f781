namespace HedgeAgents.Reporting.Reproduction;

/// <summary>A manifest's command made ready to run again: the arguments after <c>hedge</c>, writing into a fresh
/// folder, with the input file found wherever the repository the results were made in is.</summary>
/// <param name="Arguments">The arguments for the CLI, verb first.</param>
public sealed record RerunPlan(IReadOnlyList<string> Arguments)
{
    /// <summary>The verbs whose folders carry a manifest that can be re-run.</summary>
    public static IReadOnlyList<string> Verbs { get; } = ["run", "sweep", "learn"];

    /// <summary>Plans the re-run of <paramref name="command"/>, recorded in <paramref name="resultsFolder"/>, into
    /// <paramref name="outFolder"/>.</summary>
    /// <exception cref="InvalidDataException">The command is not a re-runnable hedge command, or its input file is nowhere to be found.</exception>
    public static RerunPlan Prepare(string command, string resultsFolder, string outFolder, string currentDirectory)
    {
        IReadOnlyList<string> words;
        try
        {
            words = CommandLineQuoting.Tokenize(command);
        }
        catch (FormatException e)
        {
            throw new InvalidDataException($"command: {e.Message}");
        }
        if (words.Count < 3 || words[0] != "hedge" || !Verbs.Contains(words[1]))
            throw new InvalidDataException($"command: expected 'hedge {string.Join("|", Verbs)} <file> …', got: {command}");
        // The writers put the input file right after the verb; an option there means the command was written by hand.
        if (words[2].StartsWith('-'))
            throw new InvalidDataException($"command: expected the input file after 'hedge {words[1]}', got '{words[2]}'");

        var args = words.Skip(1).ToList();
        args[1] = Locate(words[2], resultsFolder, currentDirectory);
        var outAt = args.IndexOf("--out");
        if (outAt >= 0 && outAt + 1 < args.Count) args[outAt + 1] = outFolder;
        else
        {
            args.RemoveAll(a => a == "--out" || a.StartsWith("--out=", StringComparison.Ordinal));
            args.AddRange(["--out", outFolder]);
        }
        if (words[1] == "sweep" && !args.Contains("--quiet")) args.Add("--quiet");
        return new RerunPlan(args);
    }

    /// <summary>Finds a relative input path from the current directory if it is there, else from the results folder
    /// upwards: results are made at the repository root, which is usually an ancestor of the results folder.</summary>
    public static string Locate(string file, string resultsFolder, string currentDirectory)
    {
        if (Path.IsPathRooted(file))
            return File.Exists(file) ? file : throw new InvalidDataException($"command: input file {file} does not exist");
        var here = Path.GetFullPath(file, currentDirectory);
        if (File.Exists(here)) return here;
        for (var dir = new DirectoryInfo(Path.GetFullPath(resultsFolder, currentDirectory)); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, file);
            if (File.Exists(candidate)) return candidate;
        }
        throw new InvalidDataException(
            $"command: input file {file} is neither in the current directory nor in {resultsFolder} or any folder above it");
    }
}
