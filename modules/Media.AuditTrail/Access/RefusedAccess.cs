using Media.Abstractions.Auditing;
using Media.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Media.AuditTrail.Access;

/// <summary>
/// Puts a refused request (a signed-in user answered 403 by an API endpoint or sent to the admin's "denied" page) on
/// the trail as <c>access.refused</c> (docs/audit-trail.md §1), with the method, path and why. It is written in a
/// scope of its own, so it never joins — or is lost with — whatever the refused request had started.
/// </summary>
internal static class RefusedAccess
{
    private const string RecordedItem = "Media.AuditTrail.AccessRefusedRecorded";
    private const int SubjectLength = 200;

    public static async Task RecordAsync(HttpContext http, string reason)
    {
        if (http.User.Identity?.IsAuthenticated != true || !http.Items.TryAdd(RecordedItem, true)) return;
        await using var scope = http.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var trail = scope.ServiceProvider.GetRequiredService<IAuditTrail>();
        var request = $"{http.Request.Method} {http.Request.Path}";
        trail.Record(new AuditEvent(
            AuditActions.AccessRefused,
            AuditSubject.Named("request", request.Length > SubjectLength ? request[..SubjectLength] : request),
            Data: new Dictionary<string, object?> { ["method"] = http.Request.Method, ["path"] = http.Request.Path.Value, ["reason"] = reason }));
        // Not the request's token: a client that hung up must not cancel the record of its refusal.
        await scope.ServiceProvider.GetRequiredService<MediaDbContext>().SaveChangesAsync(CancellationToken.None);
    }

    /// <summary>After the endpoint has answered: a 403 it wrote itself (separation of duties, a blocked account
    /// state, …) is recorded here; refusals by an authorization policy never reach this far and are recorded by
    /// <see cref="RefusedAccessResultHandler"/>.</summary>
    public static IApplicationBuilder UseRefusedAccessAudit(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        await next(http);
        if (http.Response.StatusCode == StatusCodes.Status403Forbidden) await RecordAsync(http, "refused by the endpoint");
    });
}
