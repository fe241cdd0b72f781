using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace HedgeAgents.Cli.Tests.Slurm;

/// <summary>A one-node Slurm cluster on localhost, in a temporary folder: munged, slurmctld and slurmd started by hand
/// (service scripts are refused in these containers) and stopped by their pid files. Its own munge socket and ports, so
/// it neither needs nor disturbs another cluster or munged on the machine.</summary>
internal sealed class LocalSlurmCluster : IDisposable
{
    private readonly List<string> _pidFiles = [];

    /// <summary>The cluster's folder: slurm.conf, state, spool, pid and log files.</summary>
    public string Dir { get; }

    /// <summary>The slurm.conf that the clients (sbatch, squeue, sinfo) must be given through SLURM_CONF.</summary>
    public string Conf => Path.Combine(Dir, "slurm.conf");

    private LocalSlurmCluster(string dir) => Dir = dir;

    /// <summary>Why the cluster cannot be started here, or null when it can: the Slurm and munge programs and root.</summary>
    public static string? Unavailable()
    {
        foreach (var program in new[] { "/usr/bin/sbatch", "/usr/sbin/slurmctld", "/usr/sbin/slurmd", "/usr/sbin/munged" })
            if (!File.Exists(program)) return $"{program} is missing: install Slurm with apt-get install -y slurm-wlm munge (as .ci/run does)";
        if (Environment.UserName != "root") return "the daemons are started as root, and this test does not run as root";
        return null;
    }

    /// <summary>Starts the daemons and waits until the node is idle; throws with the daemons' logs if it never is.</summary>
    public static LocalSlurmCluster Start()
    {
        // slurm.conf cannot hold paths with spaces, and the temporary folder must be reachable by the munge user.
        var cluster = new LocalSlurmCluster(Path.Combine("/tmp", "hedge-slurm-" + Guid.NewGuid().ToString("N")[..12]));
        try
        {
            cluster.Boot();
            return cluster;
        }
        catch
        {
            cluster.Dispose();
            throw;
        }
    }

    private void Boot()
    {
        foreach (var sub in new[] { "state", "spool", "munge" }) Directory.CreateDirectory(Path.Combine(Dir, sub));
        var munge = Path.Combine(Dir, "munge");
        Run("chown", "munge:munge", munge);
        // munged insists that everyone may reach its socket, so that every user's client can authenticate.
        Run("chmod", "755", munge);
        var (controllerPort, nodePort) = FreePorts();
        File.WriteAllText(Conf, $"""
            ClusterName=hedgetest
            SlurmctldHost=localhost
            SlurmctldPort={controllerPort}
            SlurmdPort={nodePort}
            SlurmUser=root
            SlurmdUser=root
            AuthType=auth/munge
            AuthInfo=socket={munge}/munge.socket
            ProctrackType=proctrack/linuxproc
            TaskPlugin=task/none
            JobAcctGatherType=jobacct_gather/none
            AccountingStorageType=accounting_storage/none
            SelectType=select/cons_tres
            SelectTypeParameters=CR_Core
            ReturnToService=2
            StateSaveLocation={Dir}/state
            SlurmdSpoolDir={Dir}/spool
            SlurmctldPidFile={Dir}/slurmctld.pid
            SlurmdPidFile={Dir}/slurmd.pid
            SlurmctldLogFile={Dir}/slurmctld.log
            SlurmdLogFile={Dir}/slurmd.log
            NodeName=localhost CPUs=2 RealMemory=2000 State=UNKNOWN
            PartitionName=debug Nodes=localhost Default=YES MaxTime=INFINITE State=UP

            """);

        _pidFiles.Add(Path.Combine(munge, "munged.pid"));
        Run("runuser", "-u", "munge", "--", "/usr/sbin/munged", $"--socket={munge}/munge.socket", $"--pid-file={munge}/munged.pid",
            $"--log-file={munge}/munged.log", $"--seed-file={munge}/munged.seed");
        _pidFiles.Add(Path.Combine(Dir, "slurmctld.pid"));
        Run("/usr/sbin/slurmctld");
        _pidFiles.Add(Path.Combine(Dir, "slurmd.pid"));
        // The machine's host name is not localhost, the node's name in slurm.conf.
        Run("/usr/sbin/slurmd", "-N", "localhost");

        var clock = Stopwatch.StartNew();
        var state = "";
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            state = Run("sinfo", "-h", "-o", "%T").Trim();
            if (state == "idle") return;
            Thread.Sleep(250);
        }
        throw new InvalidOperationException($"the node is '{state}', not idle, after 60 s; logs:\n{Logs()}");
    }

    /// <summary>The daemons' logs, for a failure message.</summary>
    public string Logs() => string.Join('\n', new[] { "munge/munged.log", "slurmctld.log", "slurmd.log" }
        .Select(f => Path.Combine(Dir, f)).Where(File.Exists).Select(f => $"== {f}\n{Tail(f)}"));

    /// <summary>Runs a Slurm client (or any program) against this cluster; throws when it fails.</summary>
    public string Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["SLURM_CONF"] = Conf;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} exited {process.ExitCode}: {stderr}\n{Logs()}");
        return stdout.Result;
    }

    /// <summary>Cancels what is left of the jobs, then stops the daemons by their pid files, the last started first.</summary>
    public void Dispose()
    {
        try
        {
            if (File.Exists(Path.Combine(Dir, "slurmctld.pid"))) Run("scancel", "--user=root");
        }
        catch (InvalidOperationException)
        {
            // A controller that is already gone has no jobs to cancel; stopping the daemons below is what matters.
        }
        foreach (var pidFile in Enumerable.Reverse(_pidFiles)) Stop(pidFile);
        try
        {
            Directory.Delete(Dir, recursive: true);
        }
        catch (IOException)
        {
            // A daemon still writing its log as it exits; the folder is in /tmp and named uniquely.
        }
    }

    private static void Stop(string pidFile)
    {
        if (!File.Exists(pidFile) || !int.TryParse(File.ReadAllText(pidFile).Trim(), out var pid)) return;
        Process daemon;
        try
        {
            daemon = Process.GetProcessById(pid);
        }
        catch (ArgumentException)
        {
            return;
        }
        using (daemon)
        {
            // SIGTERM first, so each daemon removes its socket and pid file; SIGKILL if it has not gone in 10 s.
            using (var kill = Process.Start("kill", ["-TERM", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)])) kill.WaitForExit();
            if (!daemon.WaitForExit(10_000)) daemon.Kill();
        }
    }

    // Two ports no one listens on (both held open while chosen, so they differ), so that a cluster already running on
    // Slurm's default ports is left alone.
    private static (int, int) FreePorts()
    {
        using var a = new TcpListener(IPAddress.Loopback, 0);
        using var b = new TcpListener(IPAddress.Loopback, 0);
        a.Start();
        b.Start();
        return (((IPEndPoint)a.LocalEndpoint).Port, ((IPEndPoint)b.LocalEndpoint).Port);
    }

    private static string Tail(string file) => string.Join('\n', File.ReadLines(file).TakeLast(20));
}
