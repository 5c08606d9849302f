using Media.Abstractions.Auditing;
using Media.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Distribution.Jobs;

/// <summary>
/// Puts every command given through the jobs dashboard (requeue, delete, trigger… — Hangfire's dashboard sends each as
/// a POST) on the audit trail as <c>jobs.dashboard-action</c> (docs/audit-trail.md §1): who, which command, which jobs,
/// and how the dashboard answered. Pages that are only read are not recorded. Written in a scope of its own after the
/// dashboard answered, so a failed command is on the trail too.
/// </summary>
internal static class JobsDashboardAudit
{
    public const string DashboardPath = "/admin/jobs";
    private const int MaxJobs = 100;

    public static IApplicationBuilder UseJobsDashboardAudit(this IApplicationBuilder app) => app.UseWhen(
        http => HttpMethods.IsPost(http.Request.Method) && http.Request.Path.StartsWithSegments(DashboardPath),
        branch => branch.Use(async (http, next) =>
        {
            // Read before the dashboard does: ASP.NET Core keeps the parsed form, so the dashboard reads the same one.
            var jobs = http.Request.HasFormContentType ? (await http.Request.ReadFormAsync(http.RequestAborted))["jobs[]"].ToList() : [];
            await next(http);
            if (http.User.Identity?.IsAuthenticated != true) return;
            if (http.Response.StatusCode is StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden) return;
            await RecordAsync(http, jobs);
        }));

    private static async Task RecordAsync(HttpContext http, IReadOnlyList<string?> jobs)
    {
        var command = http.Request.Path.Value![DashboardPath.Length..];
        await using var scope = http.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<IAuditTrail>().Record(new AuditEvent(
            AuditActions.JobsDashboardAction,
            AuditSubject.Named("jobs-dashboard", command.Length > 200 ? command[..200] : command),
            Data: new Dictionary<string, object?>
            {
                ["command"] = command,
                ["jobs"] = jobs.Take(MaxJobs).ToList(),
                ["status"] = http.Response.StatusCode,
            }));
        // Not the request's token: a client that hung up must not cancel the record of what it did.
        await scope.ServiceProvider.GetRequiredService<MediaDbContext>().SaveChangesAsync(CancellationToken.None);
    }
}
