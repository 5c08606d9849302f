namespace Media.Distribution.Jobs;

/// <summary>Bound from <c>Media:Jobs</c>.</summary>
public sealed class JobsOptions
{
    /// <summary>Run a job server in this process (turn off on web-only nodes).</summary>
    public bool RunServer { get; set; } = true;

    public int WorkerCount { get; set; } = 4;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
}
