using System.Runtime.InteropServices;

namespace Media.Search.Benchmarks;

/// <summary>The CPU time the current thread has used (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>): what a search costs the
/// machine, apart from the time it waits for a core on a shared one. Zero where the clock is not available.</summary>
internal static class ThreadCpu
{
    private const int ThreadCpuClock = 3;

    public static double Milliseconds()
    {
        if (!OperatingSystem.IsLinux()) return 0;
        return ClockGetTime(ThreadCpuClock, out var now) == 0 ? now.Seconds * 1e3 + now.Nanoseconds / 1e6 : 0;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
