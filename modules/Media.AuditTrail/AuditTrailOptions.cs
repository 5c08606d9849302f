using System.ComponentModel.DataAnnotations;

namespace Media.AuditTrail;

/// <summary>Settings under <c>Media:AuditTrail</c> (the chain key there is read by <see cref="Chain.AuditKey"/>).</summary>
public sealed class AuditTrailOptions
{
    public const string Section = "Media:AuditTrail";

    /// <summary>Verify walks the chain in parallel stretches of at least this many entries; shorter chains in one.</summary>
    [Range(1, int.MaxValue)]
    public int VerifyStretchLength { get; set; } = 50_000;

    /// <summary>At most this many stretches (each on its own connection and core); unset means one per core.</summary>
    [Range(1, 64)]
    public int? VerifyStretches { get; set; }

    /// <summary>Verifications run at the same time: each already uses every core, so one by default.</summary>
    [Range(1, 64)]
    public int MaxConcurrentVerifies { get; set; } = 1;

    /// <summary>Verifications that may wait for their turn; one more is refused with 503 and Retry-After.</summary>
    [Range(0, 1000)]
    public int VerifyQueueLength { get; set; } = 2;
}
