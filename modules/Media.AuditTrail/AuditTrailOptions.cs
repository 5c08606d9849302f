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
}
