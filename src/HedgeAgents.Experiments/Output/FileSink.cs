namespace HedgeAgents.Experiments.Output;

/// <summary>The one seam between <see cref="AtomicFileSet"/> and the files it writes: production writes straight to the
/// <see cref="FileStream"/>; a test wraps it, e.g. in a stream that fails like a full disk.</summary>
internal static class FileSink
{
    // Async-local, so a test's fault reaches only the writes of its own flow (tests run in parallel in one process).
    private static readonly AsyncLocal<Func<FileStream, Stream>?> Wrapper = new();

    /// <summary>Test only: wraps every file the writers open in this async flow; null (the default) writes directly.</summary>
    internal static Func<FileStream, Stream>? Wrap
    {
        get => Wrapper.Value;
        set => Wrapper.Value = value;
    }

    /// <summary>The stream to write <paramref name="file"/> through.</summary>
    internal static Stream Open(FileStream file) => Wrapper.Value?.Invoke(file) ?? file;
}
