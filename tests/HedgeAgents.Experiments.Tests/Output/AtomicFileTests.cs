using HedgeAgents.Experiments.Output;

namespace HedgeAgents.Experiments.Tests.Output;

public class AtomicFileTests
{
    private string _dir = "";

    [SetUp]
    public void CreateDir() => _dir = Path.Combine(Path.GetTempPath(), "hedge-atomic-" + Guid.NewGuid().ToString("N"));

    [TearDown]
    public void Clean()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    [Test]
    public void WriteAllText_IntoAMissingFolder_CreatesItAndWritesUtf8WithoutByteOrderMark()
    {
        // Given a path in a folder that does not exist yet
        var path = Path.Combine(_dir, "sub", "schema.json");

        // When text with a non-ASCII character is written durably
        AtomicFile.WriteAllText(path, "δ\n", durable: true);

        // Then the file holds its UTF-8 bytes, no byte order mark, and nothing else is in the folder
        Assert.That(File.ReadAllBytes(path), Is.EqualTo(new byte[] { 0xCE, 0xB4, 0x0A }));
        Assert.That(Directory.GetFiles(Path.GetDirectoryName(path)!), Has.Length.EqualTo(1));
    }

    [Test]
    public void WriteIfChanged_SameBytes_LeavesTheFileUntouched()
    {
        // Given a file written an hour ago
        var path = Path.Combine(_dir, "figure.html");
        AtomicFile.Write(path, "<html/>"u8.ToArray());
        var before = DateTime.UtcNow.AddHours(-1);
        File.SetLastWriteTimeUtc(path, before);

        // When the same bytes, then other bytes, are written if changed
        AtomicFile.WriteIfChanged(path, "<html/>"u8.ToArray());
        var unchanged = File.GetLastWriteTimeUtc(path);
        AtomicFile.WriteIfChanged(path, "<html></html>"u8.ToArray());

        // Then the first write kept the time stamp and the second replaced the content
        Assert.That(unchanged, Is.EqualTo(before));
        Assert.That(File.ReadAllText(path), Is.EqualTo("<html></html>"));
    }

    [Test]
    public void RemoveLeftovers_FolderWithTemporariesOfACrash_DeletesOnlyThem()
    {
        // Given a folder with a complete file and the temporary files a crashed set left
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Path.Combine(_dir, "0-10.csv"), "rows");
        var crashed = new AtomicFileSet(_dir);
        crashed.Write("10-20.csv", "half");
        crashed.Reserve("x.png", ".png");
        File.WriteAllText(crashed.TemporaryPath("x.png"), "png");

        // When the leftovers are removed
        AtomicFile.RemoveLeftovers(_dir);

        // Then only the complete file remains
        Assert.That(Directory.GetFiles(_dir).Select(Path.GetFileName), Is.EqualTo(new[] { "0-10.csv" }));
    }
}
