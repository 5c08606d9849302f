namespace Media.Distribution;

/// <summary>Bound from <c>Media:Distribution</c>.</summary>
public sealed class DistributionOptions
{
    /// <summary>Attempts before a delivery is marked failed (a person must act).</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>First retry delay; doubles per attempt up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan FirstBackoff { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a job holds a delivery; a job that died lets go when it runs out.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    public TimeSpan BackoffFor(int attempts)
    {
        var ticks = FirstBackoff.Ticks * Math.Pow(2, Math.Max(0, attempts - 1));
        return ticks >= MaxBackoff.Ticks ? MaxBackoff : TimeSpan.FromTicks((long)ticks);
    }
}
