using System.Diagnostics;

namespace ServiceConsole.Benchmarks;

/// <summary>
/// Keeps the console and the load that measures it apart on a small machine: the console (every thread) on one
/// core, this process and the browsers it starts on the other, so twenty headless Chromium pages compete with each
/// other rather than with the server they measure. Opt in with SERVICECONSOLE_BENCH_PIN=1; needs Linux's taskset.
/// </summary>
internal static class CpuPinning
{
    public static bool Requested => System.Environment.GetEnvironmentVariable("SERVICECONSOLE_BENCH_PIN") == "1";

    /// <summary>Pins the console whose command line names <paramref name="database"/> to core 0 and this process to core 1.</summary>
    public static string Apply(string database)
    {
        var console = Directory.EnumerateDirectories("/proc")
            .Where(dir => Path.GetFileName(dir).All(char.IsAsciiDigit))
            .Select(dir => (Pid: int.Parse(Path.GetFileName(dir), System.Globalization.CultureInfo.InvariantCulture), CommandLine: Read(Path.Combine(dir, "cmdline"))))
            .FirstOrDefault(p => p.CommandLine.Contains("ServiceConsole.Web.dll", StringComparison.Ordinal) && EnvironmentOf(p.Pid).Contains(database, StringComparison.Ordinal));
        if (console.Pid == 0)
        {
            return "not pinned: the console process was not found";
        }

        TaskSet(console.Pid, "0");
        TaskSet(System.Environment.ProcessId, "1");
        return $"console (pid {console.Pid}) pinned to core 0; the load generator and its browsers to core 1";
    }

    // The database path reaches the console as an environment variable (ConnectionStrings__Console).
    private static string EnvironmentOf(int pid) => Read($"/proc/{pid}/environ");

    private static string Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }

    private static void TaskSet(int pid, string cores)
    {
        using var taskset = Process.Start(new ProcessStartInfo("taskset", ["-a", "-p", "-c", cores, pid.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
        })!;
        taskset.WaitForExit();
    }
}
