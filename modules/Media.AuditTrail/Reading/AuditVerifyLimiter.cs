using Media.Abstractions.Hosting;
using Microsoft.Extensions.Options;

namespace Media.AuditTrail.Reading;

/// <summary>Bounds the chain verifications running at once (docs/http-api.md §9): one walks the whole trail on every
/// core and several database connections, so a few repeated clicks must not multiply that.</summary>
public sealed class AuditVerifyLimiter(IOptions<AuditTrailOptions> options) : WorkLimiter(
    options.Value.MaxConcurrentVerifies, options.Value.VerifyQueueLength, TimeSpan.FromSeconds(10))
{
    public override string Work => "审计链校验 audit verification";
}
