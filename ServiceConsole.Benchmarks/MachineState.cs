namespace ServiceConsole.Benchmarks;

/// <summary>
/// How busy the machine was around a run: firing lateness on two cores depends on what else runs, so
/// a result is only read together with the load average and any other console left running.
/// </summary>
internal static class MachineState
{
    public static string Describe()
    {
        var load = File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
        return $"{Environment.ProcessorCount} cores, load average {load} (1/5/15 min), {OtherConsoles()} other ServiceConsole.Web processes";
    }

    /// <summary>Console processes (ServiceConsole.Web.dll) already running before ours starts, by their command lines.</summary>
    private static int OtherConsoles()
    {
        if (!Directory.Exists("/proc"))
        {
            return 0;
        }

        var count = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                if (Path.GetFileName(dir).All(char.IsAsciiDigit) && File.ReadAllText(Path.Combine(dir, "cmdline")).Contains("ServiceConsole.Web.dll", StringComparison.Ordinal))
                {
                    count++;
                }
            }
            catch (IOException)
            {
                // The process ended while we looked.
            }
            catch (UnauthorizedAccessException)
            {
                // Not ours to read.
            }
        }

        return count;
    }
}
