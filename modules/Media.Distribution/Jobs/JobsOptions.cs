namespace Media.Distribution.Jobs;

/// <summary>Bound from <c>Media:Jobs</c>.</summary>
public sealed class JobsOptions
{
    /// <summary>Run a job server in this process (turn off on web-only nodes).</summary>
    public bool RunServer { get; set; } = true;

    public int WorkerCount { get; set; } = 4;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>PostgreSQL job storage: how long a fetched job may go without its node's heartbeat (sent every fifth
    /// of this) before another node takes it over — the recovery time after a node dies. Longer than
    /// <c>Media:Distribution:Lease</c>, so that the job taken over finds the dead node's lease run out
    /// (docs/operations.md §1.4).</summary>
    public TimeSpan InvisibilityTimeout { get; set; } = TimeSpan.FromSeconds(150);
}
