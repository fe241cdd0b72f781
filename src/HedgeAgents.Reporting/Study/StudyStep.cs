namespace HedgeAgents.Reporting.Study;

/// <summary>One step of a study: a <c>hedge run</c> or <c>hedge sweep</c> command line, where the file gives it.</summary>
/// <param name="Line">1-based line of the step in the study file.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Text">The command as written, starting with <c>hedge</c>.</param>
/// <param name="Arguments">The words after <c>hedge</c>: the verb, the experiment file, then the options.</param>
/// <param name="Out">The folder the step writes (its <c>--out</c>).</param>
public sealed record StudyStep(int Line, int Column, string Text, IReadOnlyList<string> Arguments, string Out)
{
    /// <summary><c>run</c> or <c>sweep</c>.</summary>
    public string Verb => Arguments[0];

    /// <summary>Whether the step analyses a folder an earlier step wrote (<c>sensitivity</c>, <c>discover</c>) instead of
    /// writing a results folder; <see cref="Out"/> is then the folder it reads.</summary>
    public bool IsAnalysis => StudyFile.AnalysisVerbs.Contains(Verb);

    /// <summary>Whether <c>hedge plot</c> draws the step's folder afterwards: a run or sweep without
    /// <c>--no-figures</c> (an analysis draws its own figures).</summary>
    public bool DrawsFigures => !IsAnalysis && !Arguments.Contains("--no-figures");

    /// <summary>The command as the folder's manifest records it: without <c>--no-figures</c>, which changes no data.</summary>
    public string RecordedCommand => string.Join(' ', Text.Split(' ').Where(w => w != "--no-figures"));

    /// <summary>The experiment file the step runs (a run or sweep step).</summary>
    public string Experiment => Arguments[1];

    /// <summary>The <c>--set path=value</c> assignments of the step, in order.</summary>
    public IReadOnlyList<string> Assignments =>
        [.. Arguments.Select((w, i) => (w, i)).Where(x => x.w == "--set" && x.i + 1 < Arguments.Count).Select(x => Arguments[x.i + 1])];
}
