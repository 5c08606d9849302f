using System.Diagnostics;
using Media.AuditTrail.Chain;

namespace Media.AuditTrail.Benchmarks;

/// <summary>Verify over an in-memory chain timed by wall clock and by this process's CPU time: on a shared, busy machine
/// the CPU-time figure is what the code costs, the wall figure what this run happened to get.</summary>
internal static class CpuTimedVerify
{
    public static void Run(int count, int rounds, TextWriter output)
    {
        var entries = SyntheticChain.Build(count);
        for (var round = 0; round < rounds; round++)
        {
            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            using var walk = new ChainWalk(new AuditHasher(SyntheticChain.Key), fromGenesis: true);
            foreach (var entry in entries) walk.Add(entry);
            wall.Stop();
            process.Refresh();
            var cpu = process.TotalProcessorTime - cpuBefore;
            if (!walk.Ok) throw new InvalidOperationException(walk.Verdict().Problem);
            output.WriteLine($"verify {count:N0} in memory: wall {wall.ElapsedMilliseconds:N0} ms = {count / wall.Elapsed.TotalSeconds:N0}/s; " +
                $"cpu {cpu.TotalMilliseconds:N0} ms = {count / cpu.TotalSeconds:N0}/s");
        }
    }
}
