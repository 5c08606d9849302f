using Media.Data;
using Media.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Review.Tests.Integration;

/// <summary>Reads the audit trail's rows directly, so review tests do not depend on the audit API.</summary>
public static class AuditRows
{
    public static async Task<IReadOnlyList<string>> ActionsAsync(MediaAppFactory app, string subjectKind, string subjectId)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MediaDbContext>();
        return await db.Database.SqlQuery<string>(
            $"SELECT \"Action\" AS \"Value\" FROM \"AuditEntries\" WHERE \"SubjectKind\" = {subjectKind} AND \"SubjectId\" = {subjectId} ORDER BY \"Seq\"")
            .ToListAsync();
    }

    public static async Task<string> DataAsync(MediaAppFactory app, Guid articleId, string action)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MediaDbContext>();
        var id = articleId.ToString();
        return await db.Database.SqlQuery<string>(
            $"SELECT \"Data\" AS \"Value\" FROM \"AuditEntries\" WHERE \"SubjectKind\" = 'article' AND \"SubjectId\" = {id} AND \"Action\" = {action} ORDER BY \"Seq\" DESC")
            .FirstAsync();
    }
}
