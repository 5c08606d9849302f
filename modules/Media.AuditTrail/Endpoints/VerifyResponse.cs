using Media.AuditTrail.Chain;

namespace Media.AuditTrail.Endpoints;

/// <summary>The verify answer of docs/http-api.md §4.8, plus <c>problem</c>: why <c>firstBrokenSeq</c> is broken.</summary>
public sealed record VerifyResponse(bool Ok, long Entries, string? HeadHash, long? FirstBrokenSeq, string? Problem)
{
    public static VerifyResponse From(ChainVerdict v) => new(v.Ok, v.Entries, v.HeadHash, v.FirstBrokenSeq, v.Problem);
}
