using Media.Abstractions.Auditing;
using Media.Abstractions.Security;
using Media.Data;
using Media.MediaLibrary.Data;
using Media.MediaLibrary.Endpoints;
using Media.MediaLibrary.Imaging;
using Media.MediaLibrary.Ingest;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Media.MediaLibrary.Library;

/// <summary>
/// Turns accepted uploads into library items (one per SHA-256) and applies edits; each change and its audit
/// entry are saved together.
/// </summary>
public sealed class MediaDesk(
    MediaDbContext db, IMediaIngest ingest, IAuditTrail audit, ICurrentUser user, TimeProvider clock, ILogger<MediaDesk> logger)
{
    public Task<MediaItem?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Set<MediaItem>().AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);

    /// <summary>
    /// The item for an accepted upload, and whether it is new. The same bytes uploaded again return the
    /// existing item unchanged (its alt and caption are kept; the second upload's are ignored).
    /// </summary>
    public async Task<(MediaItem Item, bool Created)> SaveUploadAsync(MediaAsset asset, string? alt, string? caption, CancellationToken cancellationToken)
    {
        if (await FindByShaAsync(asset.Sha256, cancellationToken) is { } existing)
        {
            Log.DuplicateUpload(logger, existing.Id, asset.Sha256);
            return (existing, false);
        }

        var now = clock.GetUtcNow();
        var item = new MediaItem
        {
            Id = Guid.CreateVersion7(now),
            Sha256 = asset.Sha256,
            FileName = asset.FileName,
            ContentType = asset.ContentType,
            Format = asset.Format,
            Width = asset.Width,
            Height = asset.Height,
            Bytes = asset.Bytes,
            OriginalKey = asset.OriginalKey,
            Alt = alt,
            Caption = caption,
            VariantsJson = MediaVariantList.ToJson(asset.Variants),
            UploadedBy = user.Id,
            UploadedAt = now,
            UpdatedAt = now,
        };
        db.Add(item);
        audit.Record(new AuditEvent(AuditActions.MediaUploaded, Subject(item), Data: new Dictionary<string, object?>
        {
            ["sha256"] = item.Sha256, ["fileName"] = item.FileName, ["format"] = item.Format,
            ["width"] = item.Width, ["height"] = item.Height, ["bytes"] = item.Bytes, ["alt"] = item.Alt, ["caption"] = item.Caption,
        }));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two uploads of the same bytes at once: the unique index lets one in, the other gets that one.
            db.ChangeTracker.Clear();
            var winner = await FindByShaAsync(asset.Sha256, cancellationToken);
            if (winner is null) throw;
            return (winner, false);
        }

        return (item, true);
    }

    public async Task<MediaChangeResult> UpdateAsync(Guid id, int? expectedVersion, MediaUpdateInput input, CancellationToken cancellationToken)
    {
        var item = await db.Set<MediaItem>().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (item is null) return MediaChangeResult.Of(MediaChangeOutcome.NotFound);
        if (expectedVersion is { } expected && expected != item.Version) return MediaChangeResult.Of(MediaChangeOutcome.Stale, item);

        var (alt, caption, focal) = (Clean(input.Alt), Clean(input.Caption), input.ToFocalPoint());
        var focalChanged = focal != new FocalPoint(item.FocalX, item.FocalY);
        if (alt == item.Alt && caption == item.Caption && !focalChanged) return MediaChangeResult.Of(MediaChangeOutcome.Saved, item);

        if (focalChanged)
        {
            var covers = await ingest.RenderCoverVariantsAsync(item.Sha256, focal, cancellationToken);
            if (!covers.OriginalFound) return MediaChangeResult.Of(MediaChangeOutcome.OriginalMissing, item);
            item.VariantsJson = MediaVariantList.ToJson(MediaVariantList.WithCrops(MediaVariantList.FromJson(item.VariantsJson), covers.Variants));
        }

        var changed = Changed(item, alt, caption, focalChanged);
        (item.Alt, item.Caption, item.FocalX, item.FocalY) = (alt, caption, focal.X, focal.Y);
        item.Version++;
        item.UpdatedAt = clock.GetUtcNow();
        audit.Record(new AuditEvent(AuditActions.MediaChanged, Subject(item), Version: item.Version, Data: new Dictionary<string, object?>
        {
            ["changed"] = changed, ["alt"] = alt, ["caption"] = caption, ["focalX"] = focal.X, ["focalY"] = focal.Y,
        }));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return MediaChangeResult.Of(MediaChangeOutcome.Conflict);
        }

        return MediaChangeResult.Of(MediaChangeOutcome.Saved, item);
    }

    private Task<MediaItem?> FindByShaAsync(string sha256, CancellationToken cancellationToken) =>
        db.Set<MediaItem>().AsNoTracking().SingleOrDefaultAsync(m => m.Sha256 == sha256, cancellationToken);

    private static AuditSubject Subject(MediaItem item) => AuditSubject.Named("media", item.Id.ToString());

    private static string[] Changed(MediaItem item, string? alt, string? caption, bool focalChanged) =>
    [
        .. alt != item.Alt ? ["alt"] : Array.Empty<string>(),
        .. caption != item.Caption ? ["caption"] : Array.Empty<string>(),
        .. focalChanged ? ["focalPoint"] : Array.Empty<string>(),
    ];

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
