using Media.AuditTrail.Data;
using Media.Data;
using Media.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Media.MediaLibrary.Tests.Support;

/// <summary>Reads the audit entries about one media item straight from the site's database.</summary>
public static class MediaAudit
{
    public static async Task<string[]> ActionsAsync(MediaAppFactory app, Guid mediaId)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MediaDbContext>();
        var subject = mediaId.ToString();
        return await db.Set<AuditEntry>().AsNoTracking()
            .Where(e => e.SubjectKind == "media" && e.SubjectId == subject)
            .OrderBy(e => e.Seq).Select(e => e.Action).ToArrayAsync();
    }
}
