using Media.Abstractions.Hosting;
using Media.Abstractions.Problems;
using Media.Abstractions.Security;
using Media.AuditTrail.Export;
using Media.AuditTrail.Reading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace Media.AuditTrail.Endpoints;

/// <summary>The trail for Auditor and Admin: timeline, verify, export. There is no write endpoint, by design.</summary>
public static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        var audit = app.MapGroup("/api/audit").WithTags("Audit trail").RequirePermission(AuditTrailPermissions.ViewAuditTrail);
        audit.MapGet("/", ListAsync);
        audit.MapGet("/verify", VerifyAsync).LimitConcurrency<AuditVerifyLimiter>();
        audit.MapGet("/export", ExportAsync);
        // The same export for the admin pages: outside /api the cookie, not the bearer token, authenticates.
        app.MapGet("/admin/audit/export", ExportAsync).RequirePermission(AuditTrailPermissions.ViewAuditTrail).ExcludeFromDescription();
        return app;
    }

    internal static async Task<Results<Ok<AuditListResponse>, ValidationProblem>> ListAsync(
        Guid? articleId, string? actor, string? action, DateTimeOffset? from, DateTimeOffset? to, long? after, int? limit, string? order,
        AuditReader reader, AuditReads reads, IUserDirectory users, CancellationToken ct)
    {
        var (filter, errors) = await new AuditQuery(articleId, actor, action, from, to, after, limit, order).ToFilterAsync(users, ct);
        if (filter is null) return Problems.Validation(errors.ToDictionary());
        var page = await reader.ListAsync(filter, ct);
        await reads.ListedAsync(filter, ct);
        return TypedResults.Ok(new AuditListResponse(page.Items.Select(AuditEntryResponse.From).ToList(), page.Next));
    }

    internal static async Task<Ok<VerifyResponse>> VerifyAsync(AuditTrailVerifier verifier, AuditReads reads, CancellationToken ct)
    {
        var verdict = await verifier.VerifyAsync(ct);
        await reads.VerifiedAsync(verdict, ct);
        return TypedResults.Ok(VerifyResponse.From(verdict));
    }

    internal static async Task<Results<PushStreamHttpResult, ValidationProblem>> ExportAsync(
        DateTimeOffset? from, DateTimeOffset? to, AuditReader reader, AuditReads reads, AuditExportWriter writer, TimeProvider clock,
        ILogger<AuditExportWriter> logger, CancellationToken ct)
    {
        if (from is { } f && to is { } t && f >= t)
            return Problems.Validation(new FieldErrors().Add("to", "'to' must be later than 'from'.").ToDictionary());
        var range = await reader.RangeAsync(from, to, ct);
        var export = new ExportRange(range?.First, range?.Last, from, to);
        var name = $"audit-{clock.GetUtcNow():yyyyMMdd-HHmmss}.ndjson";
        // Recorded before the file is written: the export then ends at or before its own record, never half-way.
        await reads.ExportedAsync(export, ct);
        return TypedResults.Stream(async body =>
        {
            var entries = range is { } r ? reader.StreamAsync(r.First, r.Last, ct) : AsyncEnumerable.Empty<Data.AuditEntry>();
            await writer.WriteAsync(body, entries, export, ct);
            Log.Exported(logger, export.First ?? 0, export.Last ?? 0);
        }, AuditExportFormat.ContentType, name);
    }
}
